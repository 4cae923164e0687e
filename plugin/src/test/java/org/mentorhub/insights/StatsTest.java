package org.mentorhub.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void percentilesUseTheNearestRank() {
    List<Double> days = List.of(9.0, 1.0, 3.0, 2.0, 5.0, 4.0, 8.0, 6.0, 7.0, 10.0);
    assertThat(Stats.percentile(days, 0.5)).isEqualTo(5.0);
    assertThat(Stats.percentile(days, 0.9)).isEqualTo(9.0);
    assertThat(Stats.percentile(List.of(4.0), 0.9)).isEqualTo(4.0);
    assertThat(Stats.percentile(List.of(), 0.5)).isNull();
  }

  @Test
  void sharesAreRoundedAndNullWithoutADenominator() {
    assertThat(Stats.share(1, 3)).isEqualTo(0.3333);
    assertThat(Stats.share(0, 0)).isNull();
    assertThat(Stats.round(2.345678, 2)).isEqualTo(2.35);
  }

  @Test
  void mentorshipMonthsCountCalendarMonthsTouched() {
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    assertThat(
            Stats.mentorshipMonths(
                Instant.parse("2026-01-20T00:00:00Z"),
                Instant.parse("2026-03-05T00:00:00Z"),
                null,
                null,
                now))
        .isEqualTo(3);
    assertThat(Stats.mentorshipMonths(Instant.parse("2026-11-23T10:00:00Z"), null, null, null, now))
        .as("started today")
        .isEqualTo(1);
    assertThat(
            Stats.mentorshipMonths(
                Instant.parse("2026-01-20T00:00:00Z"),
                null,
                Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-08-01T00:00:00Z"),
                now))
        .as("clipped to June and July")
        .isEqualTo(2);
    assertThat(
            Stats.mentorshipMonths(
                Instant.parse("2026-01-20T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-06-01T00:00:00Z"),
                null,
                now))
        .as("ended before the range")
        .isZero();
  }
}
