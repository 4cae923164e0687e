package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff =
      new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));

  @Test
  void ceilingDoublesFromTheInitialDelayUpToTheCap() {
    assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofSeconds(2560));
    assertThat(backoff.ceiling(10)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void jitterStaysBetweenHalfAndAllOfTheCeiling() {
    assertThat(backoff.delay(3, 0.0)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delay(3, 0.999999))
        .isBetween(Duration.ofSeconds(39), Duration.ofSeconds(40));
  }

  @Test
  void givesUpOnceTheNextTryFallsAfterTheRetryWindow() {
    Instant due = Instant.parse("2026-11-23T10:00:00Z");
    assertThat(backoff.nextAttempt(due, 1, due, 0.0)).contains(due.plusSeconds(5));
    Instant late = due.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(15));
    assertThat(backoff.nextAttempt(due, 12, late, 0.0)).contains(late.plus(Duration.ofMinutes(30)));
    assertThat(backoff.nextAttempt(due, 12, late, 1.0)).isEmpty();
  }

  @Test
  void aFullDayOfFailuresTakesAboutThirtyAttempts() {
    Instant due = Instant.parse("2026-11-23T10:00:00Z");
    Instant now = due;
    int attempts = 0;
    while (true) {
      attempts++;
      var next = backoff.nextAttempt(due, attempts, now, 0.5);
      if (next.isEmpty()) {
        break;
      }
      now = next.get();
    }
    assertThat(attempts).isBetween(30, 45);
    assertThat(Duration.between(due, now)).isLessThanOrEqualTo(Duration.ofHours(24));
  }
}
