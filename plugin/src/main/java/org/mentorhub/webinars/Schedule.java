package org.mentorhub.webinars;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;

/**
 * When the sessions of a webinar start: the first start in the organiser's time zone, repeated by
 * an optional RFC 5545 RRULE.
 *
 * <p>The rule is expanded on the zoned date-time, not on UTC, so a weekly 17:00 in Europe/London
 * stays 17:00 local when the clocks change (and moves by an hour in UTC). An unbounded rule is
 * expanded up to {@link #HORIZON}; no rule yields more than {@link #MAX_OCCURRENCES} sessions.
 */
public final class Schedule {

  /** How far ahead an open-ended series is materialised. */
  public static final Duration HORIZON = Duration.ofDays(366);

  /**
   * The most sessions one webinar may have, so a rule like FREQ=MINUTELY cannot flood the table.
   */
  public static final int MAX_OCCURRENCES = 200;

  private final ZonedDateTime first;
  private final Recur<ZonedDateTime> rule;

  private Schedule(ZonedDateTime first, Recur<ZonedDateTime> rule) {
    this.first = requireNonNull(first, "first");
    this.rule = rule;
  }

  /**
   * A schedule starting at {@code first}, repeated by {@code rrule} when it is not blank (with or
   * without the {@code RRULE:} prefix).
   *
   * @throws IllegalArgumentException if the rule is not a valid RRULE
   */
  public static Schedule of(ZonedDateTime first, String rrule) {
    if (rrule == null || rrule.isBlank()) {
      return new Schedule(first, null);
    }
    String text = rrule.strip();
    if (text.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
      text = text.substring("RRULE:".length());
    }
    try {
      Recur<ZonedDateTime> recur = new Recur<>(text);
      if (recur.getFrequency() == null) {
        throw new IllegalArgumentException("has no FREQ");
      }
      return new Schedule(first, recur);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "is not a valid RFC 5545 RRULE (" + e.getMessage() + ")", e);
    }
  }

  /** Whether the webinar repeats. */
  public boolean recurring() {
    return rule != null;
  }

  /** Every start, in order and in the organiser's zone, the first one included. */
  public List<ZonedDateTime> starts() {
    if (rule == null) {
      return List.of(first);
    }
    List<ZonedDateTime> dates =
        rule.getDates(first, first, first.plus(HORIZON), MAX_OCCURRENCES + 1);
    if (dates.size() > MAX_OCCURRENCES) {
      throw new IllegalArgumentException(
          "makes more than " + MAX_OCCURRENCES + " sessions; add COUNT or UNTIL");
    }
    if (dates.isEmpty() || !dates.get(0).isEqual(first)) {
      // RFC 5545: DTSTART is always the first instance, even when the rule does not match it.
      dates = new ArrayList<>(dates);
      dates.add(0, first);
    }
    return List.copyOf(dates);
  }
}
