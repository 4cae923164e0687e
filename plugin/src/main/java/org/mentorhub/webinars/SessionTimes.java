package org.mentorhub.webinars;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * What folding attendance needs to know of a session: its id, its kind (for the attended event) and
 * its scheduled window. Read as four columns, so a webhook never loads the session entity.
 */
record SessionTimes(String id, WebinarKind kind, Instant startsAt, Instant endsAt) {

  SessionTimes {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(startsAt, "startsAt");
    requireNonNull(endsAt, "endsAt");
  }

  static SessionTimes of(WebinarSession session) {
    return new SessionTimes(session.id(), session.kind(), session.startsAt(), session.endsAt());
  }

  Duration duration() {
    return Duration.between(startsAt, endsAt);
  }
}
