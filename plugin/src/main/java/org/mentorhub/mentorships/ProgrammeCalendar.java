package org.mentorhub.mentorships;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates that matter in a programme: its mid-point (mid-point survey) and the point two-thirds
 * through, when engagement usually sags and quiet mentorships are nudged.
 */
record ProgrammeCalendar(LocalDate start, LocalDate end) {

  ProgrammeCalendar {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
  }

  LocalDate midPoint() {
    return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
  }

  LocalDate twoThirds() {
    return start.plusDays(ChronoUnit.DAYS.between(start, end) * 2 / 3);
  }
}
