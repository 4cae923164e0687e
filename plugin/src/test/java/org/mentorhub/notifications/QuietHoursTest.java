package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

  @Test
  void outsideTheWindowSendsAtOnce() {
    Instant noon = Instant.parse("2026-06-10T10:00:00Z"); // 12:00 CEST
    assertThat(night.nextAllowed(noon, BERLIN)).isEqualTo(noon);
  }

  @Test
  void lateEveningWaitsForTomorrowMorningLocalTime() {
    Instant evening = Instant.parse("2026-06-10T21:30:00Z"); // 23:30 CEST
    assertThat(night.nextAllowed(evening, BERLIN)).isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
  }

  @Test
  void earlyMorningWaitsUntilTheEndTheSameDay() {
    Instant early = Instant.parse("2026-06-11T01:00:00Z"); // 03:00 CEST
    assertThat(night.nextAllowed(early, BERLIN)).isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
  }

  @Test
  void nightOfTheSpringChangeEndsAtSevenSummerTime() {
    // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST; 23:00 CET the evening before.
    Instant evening = Instant.parse("2026-03-28T22:00:00Z");
    assertThat(night.nextAllowed(evening, BERLIN)).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
  }

  @Test
  void nightOfTheAutumnChangeEndsAtSevenWinterTime() {
    // 2026-10-25: clocks go from 03:00 CEST back to 02:00 CET; the night is an hour longer.
    Instant evening = Instant.parse("2026-10-24T20:30:00Z"); // 22:30 CEST
    assertThat(night.nextAllowed(evening, BERLIN)).isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
  }

  @Test
  void anEndTimeThatTheSpringChangeSkipsResolvesForward() {
    QuietHours toHalfPastTwo = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
    Instant evening = Instant.parse("2026-03-28T22:00:00Z"); // 23:00 CET
    // 02:30 does not exist that night; it becomes 03:30 CEST = 01:30 UTC.
    assertThat(toHalfPastTwo.nextAllowed(evening, BERLIN))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void anEndTimeThatTheAutumnChangeRepeatsTakesTheFirstOne() {
    QuietHours toHalfPastTwo = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
    Instant evening = Instant.parse("2026-10-24T21:00:00Z"); // 23:00 CEST
    // 02:30 happens twice; the earlier offset (CEST) wins: 00:30 UTC.
    assertThat(toHalfPastTwo.nextAllowed(evening, BERLIN))
        .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void daytimeWindowsWork() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(lunch.contains(LocalTime.of(12, 30))).isTrue();
    assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
    assertThat(lunch.contains(LocalTime.of(11, 59))).isFalse();
  }

  @Test
  void dailyDigestGoesOutAtTheLocalHourAcrossTheSpringChange() {
    Instant saturdayNoon = Instant.parse("2026-03-28T11:00:00Z"); // 12:00 CET
    // Next 08:00 Berlin is Sunday 08:00 CEST = 06:00 UTC.
    assertThat(QuietHours.nextLocalHour(saturdayNoon, BERLIN, 8))
        .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
  }

  @Test
  void preferencesDelayEmailByDigestThenQuietHours() {
    Preferences p =
        new Preferences(
            true,
            BERLIN,
            new QuietHours(LocalTime.of(6, 0), LocalTime.of(9, 0)),
            Preferences.Digest.DAILY,
            null);
    Instant saturdayNoon = Instant.parse("2026-03-28T11:00:00Z");
    // Digest at 08:00 CEST falls in 06:00-09:00 quiet hours, so 09:00 CEST = 07:00 UTC.
    assertThat(p.emailDueAt(saturdayNoon, 8)).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }
}
