package org.mentorhub.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInCadenceTest {

  private static final LocalDate START = LocalDate.parse("2026-03-02");

  @Test
  void theFirstCheckInIsDueOneCadenceAfterTheStart() {
    assertThat(new CheckInCadence(14).nextDue(START, null)).isEqualTo(START.plusDays(14));
  }

  @Test
  void eachCheckInMovesTheNextDueDate() {
    assertThat(new CheckInCadence(7).nextDue(START, LocalDate.parse("2026-03-20")))
        .isEqualTo(LocalDate.parse("2026-03-27"));
  }

  @Test
  void overdueOnlyAfterTheDueDayAndOnlyWhenActive() {
    LocalDate due = LocalDate.parse("2026-03-16");
    assertThat(CheckInCadence.overdue(MentorshipStatus.ACTIVE, due, due)).isFalse();
    assertThat(CheckInCadence.overdue(MentorshipStatus.ACTIVE, due, due.plusDays(1))).isTrue();
    assertThat(CheckInCadence.overdue(MentorshipStatus.PAUSED, due, due.plusDays(9))).isFalse();
    assertThat(CheckInCadence.overdue(MentorshipStatus.COMPLETED, due, due.plusDays(9))).isFalse();
  }

  @Test
  void aCadenceBelowOneDayIsRefused() {
    assertThatThrownBy(() -> new CheckInCadence(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quietProgrammeMentorshipsAreFoundAtTwoThirdsOnly() {
    ProgrammeCalendar programme =
        new ProgrammeCalendar(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-01"));
    Instant started = Instant.parse("2026-01-05T09:00:00Z");
    DueClaims.Candidate quiet =
        new DueClaims.Candidate(
            "m",
            "a",
            "b",
            "p",
            MentorshipStatus.ACTIVE,
            started,
            null,
            14,
            programme,
            LocalDate.parse("2026-02-01"),
            null,
            null,
            Set.of());
    assertThat(programme.twoThirds()).as("60 of 90 days").isEqualTo(LocalDate.parse("2026-03-02"));
    assertThat(DueWork.quietAtTwoThirds(quiet, LocalDate.parse("2026-03-01"), 21)).isFalse();
    assertThat(DueWork.quietAtTwoThirds(quiet, LocalDate.parse("2026-03-02"), 21)).isTrue();
    assertThat(
            DueWork.daysSinceContact(
                started, LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-01")))
        .isEqualTo(9);
    assertThat(DueWork.daysSinceContact(started, null, LocalDate.parse("2026-01-26")))
        .isEqualTo(21);
    assertThat(DueWork.quietAtTwoThirds(quiet, LocalDate.parse("2026-04-02"), 21))
        .as("the programme is over")
        .isFalse();
  }
}
