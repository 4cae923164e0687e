package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How often an idempotent request (GET) is tried and how long to back off in between.
 *
 * <p>The wait before retry {@code n} is drawn between half and all of {@code min(maxBackoff,
 * initialBackoff * 2^(n-1))}, so several servers failing together do not retry in lock step.
 * Requests that change state (POST) are always sent exactly once.
 *
 * @param maxAttempts total attempts including the first, at least 1
 * @param initialBackoff upper bound of the first wait
 * @param maxBackoff cap on any single wait
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  /** Three attempts, waiting at most 200 ms and then 400 ms. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requireNonNull(initialBackoff, "initialBackoff");
    requireNonNull(maxBackoff, "maxBackoff");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "Need 0 <= initialBackoff <= maxBackoff, got " + initialBackoff + " and " + maxBackoff);
    }
  }

  /** A policy that never retries. */
  public static RetryPolicy noRetries() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }
}
