package org.mentorhub.notifications;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A member's nightly quiet window in their own time zone, e.g. 22:00 to 07:00; an email falling
 * inside waits until the window ends. Wall-clock times that a DST change skips resolve forwards by
 * the length of the gap, and repeated ones to the earlier offset ({@link ZonedDateTime#of}).
 */
public record QuietHours(LocalTime start, LocalTime end) {

  public QuietHours {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
  }

  /** Whether the local time {@code time} is inside the window; equal start and end mean never. */
  public boolean contains(LocalTime time) {
    if (start.equals(end)) {
      return false;
    }
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end);
    }
    return !time.isBefore(start) || time.isBefore(end);
  }

  /** {@code at} itself when outside the window, else the instant the window ends. */
  public Instant nextAllowed(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    if (!contains(local.toLocalTime())) {
      return at;
    }
    LocalDate day = local.toLocalDate();
    // Before the end on the same local day (the window started yesterday evening or this morning),
    // otherwise the end is tomorrow.
    LocalDate endDay = local.toLocalTime().isBefore(end) ? day : day.plusDays(1);
    Instant end = ZonedDateTime.of(endDay, this.end, zone).toInstant();
    return end.isAfter(at) ? end : at;
  }

  /** The next instant at or after {@code at} when it is {@code hour}:00 in {@code zone}. */
  public static Instant nextLocalHour(Instant at, ZoneId zone, int hour) {
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime candidate = ZonedDateTime.of(local.toLocalDate(), LocalTime.of(hour, 0), zone);
    if (candidate.toInstant().isBefore(at)) {
      candidate = ZonedDateTime.of(local.toLocalDate().plusDays(1), LocalTime.of(hour, 0), zone);
    }
    return candidate.toInstant();
  }
}
