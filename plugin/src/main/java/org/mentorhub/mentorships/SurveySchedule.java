package org.mentorhub.mentorships;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mentorhub.content.SurveyMoment;

/**
 * Which programme surveys are due for a mentorship at a given time. Problems surface six to eight
 * weeks in, so the early check goes out in that window; the mid-point and end surveys follow the
 * programme's dates, and a mentorship outside any programme gets its end survey when it ends. A
 * survey whose window has passed (the job was down, or the mentorship predates the feature) is not
 * sent late, so answers stay comparable.
 */
final class SurveySchedule {

  static final Duration EARLY_FROM = Duration.ofDays(42);
  static final Duration EARLY_UNTIL = Duration.ofDays(56);
  static final Duration END_WINDOW = Duration.ofDays(30);

  /** A survey moment that is due, and since when. */
  record Due(SurveyMoment moment, Instant dueAt) {}

  private SurveySchedule() {}

  static List<Due> due(
      Instant startedAt,
      MentorshipStatus status,
      Instant endedAt,
      ProgrammeCalendar programme,
      Instant now) {
    List<Due> due = new ArrayList<>();
    Instant early = startedAt.plus(EARLY_FROM);
    if (status.holdsSeat() && !now.isBefore(early) && now.isBefore(startedAt.plus(EARLY_UNTIL))) {
      due.add(new Due(SurveyMoment.EARLY_CHECK, early));
    }
    if (programme != null) {
      Instant mid = startOf(programme.midPoint());
      Instant end = startOf(programme.end());
      if (status.holdsSeat()
          && startedAt.isBefore(mid)
          && !now.isBefore(mid)
          && now.isBefore(end)) {
        due.add(new Due(SurveyMoment.MID_POINT, mid));
      }
      Instant closes = endedAt != null && endedAt.isBefore(end) ? endedAt : end;
      if (startedAt.isBefore(closes) && inEndWindow(closes, now)) {
        due.add(new Due(SurveyMoment.END, closes));
      }
    } else if (endedAt != null && !status.holdsSeat() && inEndWindow(endedAt, now)) {
      due.add(new Due(SurveyMoment.END, endedAt));
    }
    return due;
  }

  private static boolean inEndWindow(Instant closes, Instant now) {
    return !now.isBefore(closes) && now.isBefore(closes.plus(END_WINDOW));
  }

  static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
