package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void weeklyOfficeHoursStayAtFivePmLondonAcrossBothClockChanges() {
    // 2026: clocks go forward on 29 March and back on 25 October.
    ZonedDateTime first = LocalDateTime.of(2026, 3, 19, 17, 0).atZone(LONDON);

    List<ZonedDateTime> starts = Schedule.of(first, "FREQ=WEEKLY;COUNT=34").starts();

    assertThat(starts).hasSize(34);
    assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(17, 0)));
    assertThat(starts.get(0).toInstant().atOffset(ZoneOffset.UTC).getHour())
        .as("GMT before the March change")
        .isEqualTo(17);
    assertThat(starts.get(2).toInstant().atOffset(ZoneOffset.UTC).getHour())
        .as("BST after 29 March")
        .isEqualTo(16);
    ZonedDateTime afterOctober = starts.get(32);
    assertThat(afterOctober.toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 10, 29));
    assertThat(afterOctober.toInstant().atOffset(ZoneOffset.UTC).getHour())
        .as("GMT again after 25 October")
        .isEqualTo(17);
  }

  @Test
  void oneOffWebinarHasExactlyOneSession() {
    ZonedDateTime first = LocalDateTime.of(2026, 6, 1, 9, 30).atZone(LONDON);
    assertThat(Schedule.of(first, null).starts()).containsExactly(first);
    assertThat(Schedule.of(first, " ").recurring()).isFalse();
  }

  @Test
  void ruleMayCarryTheRrulePrefixAndAnUntil() {
    ZonedDateTime first = LocalDateTime.of(2026, 1, 5, 12, 0).atZone(ZoneId.of("America/New_York"));
    List<ZonedDateTime> starts =
        Schedule.of(first, "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260116T235959Z").starts();
    assertThat(starts)
        .extracting(s -> s.toLocalDate().getDayOfMonth())
        .containsExactly(5, 7, 12, 14);
  }

  @Test
  void firstStartCountsEvenWhenTheRuleSkipsIt() {
    ZonedDateTime tuesday = LocalDateTime.of(2026, 1, 6, 12, 0).atZone(LONDON);
    List<ZonedDateTime> starts = Schedule.of(tuesday, "FREQ=WEEKLY;BYDAY=WE;COUNT=2").starts();
    assertThat(starts.get(0)).isEqualTo(tuesday);
    assertThat(starts.get(1).toLocalDate().getDayOfMonth()).isEqualTo(7);
  }

  @Test
  void invalidOrRunawayRulesAreRefused() {
    ZonedDateTime first = LocalDateTime.of(2026, 1, 5, 12, 0).atZone(LONDON);
    assertThatThrownBy(() -> Schedule.of(first, "FREQ=SOMETIMES"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.of(first, "COUNT=3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.of(first, "FREQ=HOURLY").starts())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COUNT or UNTIL");
  }
}
