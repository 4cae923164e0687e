package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebinarSessionTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static List<WebinarSession> series(String rrule, int capacity) {
    ZonedDateTime first = LocalDateTime.of(2026, 3, 19, 17, 0).atZone(LONDON);
    Webinar webinar =
        Webinar.create(
            new Webinar.Definition(
                "Office hours",
                WebinarKind.OFFICE_HOURS,
                null,
                first,
                Duration.ofMinutes(60),
                rrule,
                capacity,
                "mentor-1"),
            "mentor-1",
            NOW);
    return webinar.sessionsAt(Schedule.of(first, rrule).starts(), () -> "room", NOW);
  }

  @Test
  void seatsRunOutAtCapacityAndWaitlistNumbersAreConsecutive() {
    WebinarSession session = series(null, 2).get(0);
    assertThat(session.takeSeat()).isTrue();
    assertThat(session.takeSeat()).isTrue();
    assertThat(session.takeSeat()).isFalse();
    assertThat(session.seatsLeft()).isZero();
    assertThat(session.nextWaitlistNumber()).isEqualTo(1);
    assertThat(session.nextWaitlistNumber()).isEqualTo(2);
    session.releaseSeat();
    assertThat(session.seatsLeft()).isEqualTo(1);
  }

  @Test
  void capacityCannotDropBelowRegisteredMembers() {
    WebinarSession session = series(null, 3).get(0);
    session.takeSeat();
    session.takeSeat();
    assertThatThrownBy(() -> session.resize(1, NOW))
        .isInstanceOf(CapacityBelowRegistrationsException.class);
    assertThat(session.resize(5, NOW)).as("seats free up for the waitlist").isTrue();
  }

  @Test
  void joinWindowOpensFifteenMinutesBeforeTheStartAndClosesAtTheEnd() {
    WebinarSession session = series(null, 3).get(0);
    Instant start = session.startsAt();
    assertThat(session.joinWindowContains(start.minus(Duration.ofMinutes(16)))).isFalse();
    assertThat(session.joinWindowContains(start.minus(Duration.ofMinutes(15)))).isTrue();
    assertThat(session.joinWindowContains(session.endsAt().minusSeconds(1))).isTrue();
    assertThat(session.joinWindowContains(session.endsAt())).isFalse();
  }

  @Test
  void cancelledSessionsTakeNoSeatsAndBumpTheirSequence() {
    WebinarSession session = series(null, 3).get(0);
    session.cancel(NOW);
    session.cancel(NOW);
    assertThat(session.sequence()).as("cancelling twice is one change").isEqualTo(1);
    assertThat(session.takeSeat()).isFalse();
  }

  @Test
  void shiftingAnOccurrenceKeepsLocalTimeAcrossTheClockChange() {
    List<WebinarSession> sessions = series("FREQ=WEEKLY;COUNT=3", 3);
    for (WebinarSession session : sessions) {
      session.shift(Duration.ofHours(1), Duration.ofMinutes(30), NOW);
    }
    assertThat(sessions)
        .allSatisfy(
            s -> {
              assertThat(s.startsAt().atZone(LONDON).getHour()).isEqualTo(18);
              assertThat(s.duration()).isEqualTo(Duration.ofMinutes(30));
              assertThat(s.sequence()).isEqualTo(1);
            });
  }
}
