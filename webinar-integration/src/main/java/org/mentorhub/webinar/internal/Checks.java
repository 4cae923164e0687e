package org.mentorhub.webinar.internal;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** Argument checks shared by the public value types and builders. */
public final class Checks {

  /**
   * Characters a room name cannot hold: a slash would add a path level to the meeting URL, and the
   * others are not allowed in the XMPP address Prosody builds from the name.
   */
  private static final Pattern FORBIDDEN_ROOM_CHARACTERS = Pattern.compile("[\\s\"&'/:<>@]");

  private Checks() {}

  /** Returns {@code value} if it is neither null nor blank. */
  public static String requireNonBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Returns {@code room} if Jitsi can use it as a room name (or as the wildcard, if allowed). */
  public static String requireRoomName(String room, boolean wildcardAllowed) {
    requireNonBlank(room, "room");
    if ("*".equals(room)) {
      if (wildcardAllowed) {
        return room;
      }
      throw new IllegalArgumentException("This call needs a concrete room, not the wildcard \"*\"");
    }
    if (FORBIDDEN_ROOM_CHARACTERS.matcher(room).find()) {
      throw new IllegalArgumentException(
          "Room name \""
              + room
              + "\" contains whitespace or one of \" & ' / : < > @; use RoomNameGenerator");
    }
    return room;
  }

  /** Returns a builder value that must have been set before {@code build()}. */
  public static <T> T required(T value, String builderMethod) {
    if (value == null) {
      throw new IllegalStateException(builderMethod + "(...) must be called before build()");
    }
    return value;
  }
}
