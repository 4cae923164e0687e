package org.mentorhub.notifications;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff with "equal jitter": after the n-th failure wait between half and all of
 * {@code initial * 2^(n-1)} (capped at {@code max}), so retries of many rows after an outage of the
 * host spread out instead of arriving together; give up once the next try would fall after {@code
 * window} from when the row became due.
 */
public record Backoff(Duration initial, Duration max, Duration window) {

  public Backoff {
    requireNonNull(initial, "initial");
    requireNonNull(max, "max");
    requireNonNull(window, "window");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max");
    }
  }

  /** The upper bound of the wait after {@code failures} failed attempts (1 or more). */
  public Duration ceiling(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be 1 or more");
    }
    int shift = Math.min(failures - 1, 40);
    long millis = initial.toMillis();
    long capped =
        millis > (max.toMillis() >> shift)
            ? max.toMillis()
            : Math.min(max.toMillis(), millis << shift);
    return Duration.ofMillis(capped);
  }

  /** The wait after {@code failures} failures; {@code random} in [0, 1) picks the jitter. */
  public Duration delay(int failures, double random) {
    long ceiling = ceiling(failures).toMillis();
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) ((ceiling - half) * Math.max(0, Math.min(random, 1))));
  }

  /**
   * When to try again after {@code failures} failures of a row due since {@code dueAt}, or empty
   * when that would be past the retry window (the row is then dead).
   */
  public Optional<Instant> nextAttempt(Instant dueAt, int failures, Instant now, double random) {
    Instant next = now.plus(delay(failures, random));
    return next.isAfter(dueAt.plus(window)) ? Optional.empty() : Optional.of(next);
  }
}
