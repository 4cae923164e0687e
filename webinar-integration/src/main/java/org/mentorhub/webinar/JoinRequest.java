package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mentorhub.webinar.internal.Checks;

/**
 * Who may join which room, in which role and when; the input for a join token or link.
 *
 * @param room the room name without any app id or domain; {@value #ANY_ROOM} grants every room
 *     (tokens only, a link needs a real room)
 * @param user the person joining
 * @param moderator whether the person joins as moderator and receives the moderator features
 * @param notBefore the instant before which the token is refused
 * @param expiresAt the instant from which the token is refused
 */
public record JoinRequest(
    String room, JitsiUser user, boolean moderator, Instant notBefore, Instant expiresAt) {

  /** The room claim that lets a token open any room of the app or domain. */
  public static final String ANY_ROOM = "*";

  public JoinRequest {
    Checks.requireRoomName(room, true);
    requireNonNull(user, "user");
    requireNonNull(notBefore, "notBefore");
    requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(notBefore)) {
      throw new IllegalArgumentException(
          "expiresAt " + expiresAt + " must be after notBefore " + notBefore);
    }
  }

  /** Whether this request is for every room rather than one. */
  public boolean isForAnyRoom() {
    return ANY_ROOM.equals(room);
  }
}
