package org.mentorhub.notifications;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /me/notification-preferences} in and out: {@code {email, timezone, quietHours:{start, end}
 * | null, digest, types:{TYPE:{host, email}}}}. On input every field but {@code email} and {@code
 * digest} may be left out; types left out keep their defaults.
 */
public record PreferencesView(
    Boolean email,
    String timezone,
    QuietHoursView quietHours,
    String digest,
    Map<String, TypeView> types) {

  /** Local times as {@code HH:mm}. */
  public record QuietHoursView(String start, String end) {}

  /** Whether a type goes to the host and by email. */
  public record TypeView(Boolean host, Boolean email) {}

  static PreferencesView of(Preferences p) {
    Map<String, TypeView> types = new LinkedHashMap<>();
    p.types().forEach((type, s) -> types.put(type.name(), new TypeView(s.host(), s.email())));
    return new PreferencesView(
        p.email(),
        p.timezone() == null ? null : p.timezone().getId(),
        p.quietHours() == null
            ? null
            : new QuietHoursView(
                p.quietHours().start().toString(), p.quietHours().end().toString()),
        p.digest().name(),
        types);
  }
}
