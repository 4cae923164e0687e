package org.mentorhub.notifications;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.mentorhub.platform.events.NoticeType;

/**
 * What a member wants to hear about and how: per notice type through the host and by email, all
 * email on or off, quiet hours in their time zone, and immediate emails or a daily digest.
 *
 * @param timezone null when the member has not said; quiet hours and digests then use UTC
 * @param quietHours null for none
 */
public record Preferences(
    boolean email,
    ZoneId timezone,
    QuietHours quietHours,
    Digest digest,
    Map<NoticeType, TypeSetting> types) {

  /** Immediate emails, or one email a day. */
  public enum Digest {
    IMMEDIATE,
    DAILY
  }

  /** Whether one notice type goes to the host and by email. */
  public record TypeSetting(boolean host, boolean email) {}

  /** Email is on by default for what a member must act on soon: requests and their sessions. */
  static final Set<NoticeType> EMAIL_BY_DEFAULT =
      Collections.unmodifiableSet(
          EnumSet.of(
              NoticeType.REQUEST_RECEIVED,
              NoticeType.REQUEST_ACCEPTED,
              NoticeType.REQUEST_DECLINED,
              NoticeType.REQUEST_EXPIRING,
              NoticeType.WAITLIST_PROMOTED,
              NoticeType.SESSION_CHANGED,
              NoticeType.SESSION_CANCELLED,
              NoticeType.SESSION_STARTING));

  public Preferences {
    requireNonNull(digest, "digest");
    EnumMap<NoticeType, TypeSetting> all = new EnumMap<>(NoticeType.class);
    all.putAll(defaultTypes());
    if (types != null) {
      all.putAll(types);
    }
    types = Collections.unmodifiableMap(all);
  }

  /** A member who never changed anything. */
  public static Preferences defaults() {
    return new Preferences(true, null, null, Digest.IMMEDIATE, Map.of());
  }

  static Map<NoticeType, TypeSetting> defaultTypes() {
    EnumMap<NoticeType, TypeSetting> map = new EnumMap<>(NoticeType.class);
    for (NoticeType type : NoticeType.values()) {
      map.put(type, new TypeSetting(true, EMAIL_BY_DEFAULT.contains(type)));
    }
    return map;
  }

  public boolean wantsHost(NoticeType type) {
    return types.get(type).host();
  }

  public boolean wantsEmail(NoticeType type) {
    return email && types.get(type).email();
  }

  public ZoneId zone() {
    return timezone == null ? ZoneOffset.UTC : timezone;
  }

  /**
   * When an email about something at {@code now} may go out: the next digest hour for a daily
   * digest, then pushed past quiet hours.
   */
  public Instant emailDueAt(Instant now, int digestHour) {
    Instant due = digest == Digest.DAILY ? QuietHours.nextLocalHour(now, zone(), digestHour) : now;
    return quietHours == null ? due : quietHours.nextAllowed(due, zone());
  }

  /** The per-type settings as stored: {@code TYPE:host:email} pairs of 1 and 0. */
  String encodedTypes() {
    StringJoiner joiner = new StringJoiner(",");
    types.forEach(
        (type, s) ->
            joiner.add(type.name() + ":" + (s.host() ? 1 : 0) + ":" + (s.email() ? 1 : 0)));
    return joiner.toString();
  }

  /** Reads {@link #encodedTypes()}; types it does not name (added later) keep their defaults. */
  static Map<NoticeType, TypeSetting> decodeTypes(String encoded) {
    EnumMap<NoticeType, TypeSetting> map = new EnumMap<>(NoticeType.class);
    if (encoded == null || encoded.isBlank()) {
      return map;
    }
    for (String entry : encoded.split(",")) {
      String[] parts = entry.split(":");
      if (parts.length != 3) {
        continue;
      }
      try {
        map.put(
            NoticeType.valueOf(parts[0]),
            new TypeSetting("1".equals(parts[1]), "1".equals(parts[2])));
      } catch (IllegalArgumentException retiredType) {
        // A type that no longer exists; ignore it.
      }
    }
    return map;
  }

  /** The same preferences with one email type, or all email ({@code type} null), switched off. */
  public Preferences withoutEmail(NoticeType type) {
    if (type == null) {
      return new Preferences(false, timezone, quietHours, digest, types);
    }
    EnumMap<NoticeType, TypeSetting> changed = new EnumMap<>(types);
    changed.put(type, new TypeSetting(types.get(type).host(), false));
    return new Preferences(email, timezone, quietHours, digest, changed);
  }
}
