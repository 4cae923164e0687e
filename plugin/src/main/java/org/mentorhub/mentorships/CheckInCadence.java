package org.mentorhub.mentorships;

import java.time.LocalDate;

/**
 * When the next check-in is due: a cadence after the last one, or after the start when there has
 * been none. Only an active mentorship can be overdue; a paused one is waiting on purpose.
 */
record CheckInCadence(int everyDays) {

  CheckInCadence {
    if (everyDays < 1) {
      throw new IllegalArgumentException("cadence must be at least one day");
    }
  }

  LocalDate nextDue(LocalDate started, LocalDate lastCheckIn) {
    LocalDate from = lastCheckIn == null || lastCheckIn.isBefore(started) ? started : lastCheckIn;
    return from.plusDays(everyDays);
  }

  static boolean overdue(MentorshipStatus status, LocalDate nextDue, LocalDate today) {
    return status == MentorshipStatus.ACTIVE && today.isAfter(nextDue);
  }
}
