package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.platform.events.NoticeType;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.Violation;

/** Reads and changes members' notification preferences. */
@ApplicationScoped
public class NotificationPreferences {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;

  /** The member's preferences, or the defaults when they never set any. */
  @Transactional
  public Preferences of(String memberId) {
    NotificationPreference row = em.find(NotificationPreference.class, memberId);
    return row == null ? Preferences.defaults() : row.preferences();
  }

  @Transactional
  public PreferencesView get(String memberId) {
    return PreferencesView.of(of(memberId));
  }

  /** Replaces the member's preferences; invalid input changes nothing (400 naming each field). */
  @Transactional
  public PreferencesView put(String memberId, PreferencesView input) {
    Preferences preferences = validate(input);
    save(memberId, preferences);
    return PreferencesView.of(preferences);
  }

  /** Turns email off for one type, or all email for {@link UnsubscribeTokens#ALL}. */
  @Transactional
  public void unsubscribe(String memberId, String scope) {
    NoticeType type = UnsubscribeTokens.ALL.equals(scope) ? null : NoticeType.valueOf(scope);
    save(memberId, of(memberId).withoutEmail(type));
  }

  private void save(String memberId, Preferences preferences) {
    NotificationPreference row = em.find(NotificationPreference.class, memberId);
    if (row == null) {
      row = new NotificationPreference(memberId);
      row.set(preferences, clock.instant());
      em.persist(row);
    } else {
      row.set(preferences, clock.instant());
    }
  }

  static Preferences validate(PreferencesView input) {
    List<Violation> violations = new ArrayList<>();
    if (input == null) {
      throw new InvalidRequestException("body", "must be a JSON object");
    }
    if (input.email() == null) {
      violations.add(new Violation("email", "must be true or false"));
    }
    ZoneId zone = null;
    if (input.timezone() != null && !input.timezone().isBlank()) {
      try {
        zone = ZoneId.of(input.timezone().strip());
      } catch (DateTimeException e) {
        violations.add(new Violation("timezone", "must be an IANA time zone such as Europe/Paris"));
      }
    }
    QuietHours quiet = null;
    if (input.quietHours() != null) {
      LocalTime start = time(input.quietHours().start(), "quietHours.start", violations);
      LocalTime end = time(input.quietHours().end(), "quietHours.end", violations);
      if (start != null && end != null) {
        if (start.equals(end)) {
          violations.add(new Violation("quietHours.end", "must differ from start"));
        } else {
          quiet = new QuietHours(start, end);
        }
      }
    }
    Preferences.Digest digest = null;
    try {
      digest = input.digest() == null ? null : Preferences.Digest.valueOf(input.digest());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (digest == null) {
      violations.add(new Violation("digest", "must be IMMEDIATE or DAILY"));
    }
    Map<NoticeType, Preferences.TypeSetting> types = new EnumMap<>(NoticeType.class);
    if (input.types() != null) {
      input
          .types()
          .forEach(
              (name, setting) -> {
                NoticeType type;
                try {
                  type = NoticeType.valueOf(name);
                } catch (IllegalArgumentException e) {
                  violations.add(new Violation("types." + name, "is not a notification type"));
                  return;
                }
                if (setting == null || setting.host() == null || setting.email() == null) {
                  violations.add(
                      new Violation("types." + name, "must be {\"host\": bool, \"email\": bool}"));
                  return;
                }
                types.put(type, new Preferences.TypeSetting(setting.host(), setting.email()));
              });
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("The notification preferences are invalid.", violations);
    }
    return new Preferences(input.email(), zone, quiet, digest, types);
  }

  private static LocalTime time(String text, String field, List<Violation> violations) {
    if (text != null && text.matches("\\d{2}:\\d{2}")) {
      try {
        return LocalTime.parse(text, HH_MM);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    violations.add(new Violation(field, "must be a local time HH:mm such as 22:00"));
    return null;
  }
}
