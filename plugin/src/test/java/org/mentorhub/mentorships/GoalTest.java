package org.mentorhub.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalTest {

  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  private static Goal goal(String baseline, String target) {
    return new Goal(
        "m",
        "Win repeat orders from cafes",
        "repeat orders a month",
        "orders",
        new BigDecimal(target),
        new BigDecimal(baseline),
        null,
        LocalDate.parse("2026-09-30"),
        "mentee",
        NOW);
  }

  @Test
  void aGoalIsAchievedOnceWhenAnUpdateReachesItsTarget() {
    Goal g = goal("2", "12");
    assertThat(g.record(new BigDecimal("11"), NOW)).isFalse();
    assertThat(g.status()).isEqualTo(Goal.OPEN);
    assertThat(g.record(new BigDecimal("12"), NOW)).isTrue();
    assertThat(g.status()).isEqualTo(Goal.ACHIEVED);
    assertThat(g.achievedAt()).isEqualTo(NOW);
    assertThat(g.record(new BigDecimal("15"), NOW)).as("celebrated once").isFalse();
    assertThat(g.current()).isEqualByComparingTo("15");
  }

  @Test
  void aTargetBelowTheBaselineIsReachedGoingDown() {
    assertThat(Goal.reaches(new BigDecimal("9000"), new BigDecimal("2000"), new BigDecimal("2500")))
        .isFalse();
    assertThat(Goal.reaches(new BigDecimal("9000"), new BigDecimal("2000"), new BigDecimal("2000")))
        .isTrue();
    Goal g = goal("14", "2");
    assertThat(g.record(new BigDecimal("1.5"), NOW)).isTrue();
  }
}
