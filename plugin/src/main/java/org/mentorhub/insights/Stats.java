package org.mentorhub.insights;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/** The small pieces of arithmetic behind the KPIs, kept pure so they are tested on fixed data. */
final class Stats {

  private Stats() {}

  /**
   * The nearest-rank percentile ({@code p} in 0..1) of the values, as the moderation metrics
   * compute theirs; null for no values.
   */
  static Double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** {@code part / whole} rounded to 4 decimals, or null when {@code whole} is 0. */
  static Double share(long part, long whole) {
    return whole == 0 ? null : round(part / (double) whole, 4);
  }

  static Double round(Double value, int decimals) {
    if (value == null) {
      return null;
    }
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  /**
   * Calendar months (UTC) in which a mentorship was open, within {@code [from, to)}: a mentorship
   * running from 20 January to 5 March counts three months. Open-ended bounds are null; {@code now}
   * closes a mentorship that has not ended. Zero when they do not overlap.
   */
  static int mentorshipMonths(
      Instant started, Instant ended, Instant from, Instant to, Instant now) {
    Instant start = from != null && from.isAfter(started) ? from : started;
    Instant end = ended == null ? now : ended;
    if (to != null && !to.isAfter(end)) {
      end = to.minusNanos(1);
    }
    if (end.isBefore(start)) {
      return 0;
    }
    YearMonth first = YearMonth.from(start.atZone(ZoneOffset.UTC));
    YearMonth last = YearMonth.from(end.atZone(ZoneOffset.UTC));
    return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }
}
