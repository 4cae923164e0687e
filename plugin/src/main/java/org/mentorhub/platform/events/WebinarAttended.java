package org.mentorhub.platform.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A member attended enough of a webinar session to count as present; training completes its webinar
 * steps from this.
 *
 * @param kind the webinar's kind, {@code ONBOARDING} or {@code OFFICE_HOURS}
 */
public record WebinarAttended(String memberId, String sessionId, String kind, Instant at) {
  public WebinarAttended {
    requireNonNull(memberId, "memberId");
    requireNonNull(sessionId, "sessionId");
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
  }
}
