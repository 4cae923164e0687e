package org.mentorhub.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mentorhub.content.SurveyMoment;

class SurveyScheduleTest {

  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  private static final ProgrammeCalendar PROGRAMME =
      new ProgrammeCalendar(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-07-01"));

  private static SurveyMoment[] due(
      MentorshipStatus status, Instant ended, ProgrammeCalendar programme, Instant now) {
    return SurveySchedule.due(START, status, ended, programme, now).stream()
        .map(SurveySchedule.Due::moment)
        .toArray(SurveyMoment[]::new);
  }

  @Test
  void earlyCheckIsDueFromSixWeeksAndNotSentAfterEight() {
    assertThat(due(MentorshipStatus.ACTIVE, null, null, START.plus(Duration.ofDays(41)))).isEmpty();
    assertThat(due(MentorshipStatus.ACTIVE, null, null, START.plus(Duration.ofDays(42))))
        .containsExactly(SurveyMoment.EARLY_CHECK);
    assertThat(due(MentorshipStatus.PAUSED, null, null, START.plus(Duration.ofDays(55))))
        .containsExactly(SurveyMoment.EARLY_CHECK);
    assertThat(due(MentorshipStatus.ACTIVE, null, null, START.plus(Duration.ofDays(56))))
        .as("too late to be comparable")
        .isEmpty();
  }

  @Test
  void theEarlyCheckDueAtIsSixWeeksAfterTheStart() {
    assertThat(
            SurveySchedule.due(
                    START, MentorshipStatus.ACTIVE, null, null, START.plus(Duration.ofDays(50)))
                .get(0)
                .dueAt())
        .isEqualTo(START.plus(Duration.ofDays(42)));
  }

  @Test
  void programmeMentorshipsGetTheMidPointAndTheEnd() {
    assertThat(PROGRAMME.midPoint()).isEqualTo(LocalDate.parse("2026-04-01"));
    assertThat(due(MentorshipStatus.ACTIVE, null, PROGRAMME, Instant.parse("2026-03-31T23:00:00Z")))
        .isEmpty();
    assertThat(due(MentorshipStatus.ACTIVE, null, PROGRAMME, Instant.parse("2026-04-01T00:00:00Z")))
        .containsExactly(SurveyMoment.MID_POINT);
    assertThat(due(MentorshipStatus.ACTIVE, null, PROGRAMME, Instant.parse("2026-07-01T08:00:00Z")))
        .containsExactly(SurveyMoment.END);
    assertThat(due(MentorshipStatus.ACTIVE, null, PROGRAMME, Instant.parse("2026-08-15T08:00:00Z")))
        .as("the end window has passed")
        .isEmpty();
  }

  @Test
  void aMentorshipThatEndsEarlyGetsItsEndSurveyWhenItEnds() {
    Instant ended = Instant.parse("2026-02-01T12:00:00Z");
    assertThat(due(MentorshipStatus.ENDED_EARLY, ended, PROGRAMME, ended.plus(Duration.ofHours(1))))
        .containsExactly(SurveyMoment.END);
    assertThat(due(MentorshipStatus.COMPLETED, ended, null, ended.plus(Duration.ofDays(2))))
        .containsExactly(SurveyMoment.END);
    assertThat(due(MentorshipStatus.COMPLETED, ended, null, ended.plus(Duration.ofDays(31))))
        .isEmpty();
  }

  @Test
  void anOpenMentorshipOutsideAProgrammeHasNoEndSurveyYet() {
    assertThat(due(MentorshipStatus.ACTIVE, null, null, START.plus(Duration.ofDays(200))))
        .isEmpty();
  }

  @Test
  void twoThirdsOfAProgrammeIsWhereEngagementIsChecked() {
    assertThat(PROGRAMME.twoThirds()).isEqualTo(LocalDate.parse("2026-05-01"));
  }
}
