package org.mentorhub.webinars;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds one participant's join and leave marks (plus the room's end) into the time they were
 * present within a session.
 *
 * <p>Webhooks arrive late, twice or out of order, so the fold never trusts arrival: it drops exact
 * duplicates, sorts by the time each event happened, and tracks every connection separately (a
 * member on a laptop and a phone is present while either is connected, and counted once). A leave
 * without a join is ignored; a connection still open when the room ends is closed then, and one
 * still open at the end of the data counts until {@code now}. Only time inside the session's
 * scheduled window counts.
 */
public final class PresenceTimeline {

  /** What happened to a connection, or to the whole room. */
  public enum Kind {
    JOINED,
    LEFT,
    ROOM_ENDED
  }

  /**
   * One event of the timeline.
   *
   * @param connection the provider's id of the participant's connection; null for room events
   */
  public record Mark(Kind kind, Instant at, String connection) {
    public Mark {
      requireNonNull(kind, "kind");
      requireNonNull(at, "at");
      connection = connection == null ? "" : connection;
    }
  }

  /** A stretch of time during which the participant was in the room. */
  public record Interval(Instant from, Instant to) {}

  private static final Comparator<Mark> ORDER =
      Comparator.comparing(Mark::at).thenComparing(Mark::kind);

  private PresenceTimeline() {}

  /** The intervals of presence, in order and never overlapping, before clipping to a window. */
  public static List<Interval> intervals(Collection<Mark> marks, Instant now) {
    List<Mark> sorted = new ArrayList<>(new LinkedHashSet<>(marks));
    sorted.sort(ORDER);
    List<Interval> intervals = new ArrayList<>();
    Set<String> open = new HashSet<>();
    Instant presentSince = null;
    for (Mark mark : sorted) {
      switch (mark.kind()) {
        case JOINED -> {
          if (open.isEmpty()) {
            presentSince = mark.at();
          }
          open.add(mark.connection());
        }
        case LEFT -> {
          if (open.remove(mark.connection()) && open.isEmpty()) {
            intervals.add(new Interval(presentSince, mark.at()));
          }
        }
        case ROOM_ENDED -> {
          if (!open.isEmpty()) {
            intervals.add(new Interval(presentSince, mark.at()));
            open.clear();
          }
        }
      }
    }
    if (!open.isEmpty() && now.isAfter(presentSince)) {
      intervals.add(new Interval(presentSince, now));
    }
    return intervals;
  }

  /** The time present between {@code from} and {@code to}, counting open connections to now. */
  public static Duration presence(Collection<Mark> marks, Instant from, Instant to, Instant now) {
    Duration total = Duration.ZERO;
    for (Interval interval : intervals(marks, now)) {
      Instant start = interval.from().isBefore(from) ? from : interval.from();
      Instant end = interval.to().isAfter(to) ? to : interval.to();
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  /** Whether {@code present} is at least {@code share} of {@code duration}. */
  public static boolean attended(Duration present, Duration duration, double share) {
    return present.toMillis() >= Math.ceil(duration.toMillis() * share);
  }
}
