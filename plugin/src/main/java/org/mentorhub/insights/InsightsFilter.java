package org.mentorhub.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.mentorhub.platform.problem.InvalidRequestException;

/**
 * What the insights are about: one programme or all, and a range {@code [from, to)}. A date as
 * {@code from} means its first instant (UTC); a date as {@code to} includes that whole day.
 */
record InsightsFilter(String programmeId, Instant from, Instant to) {

  static InsightsFilter parse(String programme, String from, String to) {
    Instant start = parse("from", from, false);
    Instant end = parse("to", to, true);
    if (start != null && end != null && !end.isAfter(start)) {
      throw new InvalidRequestException("to", "must be after from");
    }
    return new InsightsFilter(
        programme == null || programme.isBlank() ? null : programme.strip(), start, end);
  }

  private static Instant parse(String field, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          field, "must be a date like 2026-11-30 or an instant like 2026-11-30T09:00:00Z");
    }
  }

  boolean contains(Instant at) {
    return at != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
  }
}
