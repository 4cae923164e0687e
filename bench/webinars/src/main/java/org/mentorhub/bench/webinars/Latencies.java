package org.mentorhub.bench.webinars;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Request latencies of one run, and the percentiles and rate they give. */
final class Latencies {

  private final long[] nanos;
  private final AtomicInteger count = new AtomicInteger();

  Latencies(int capacity) {
    nanos = new long[capacity];
  }

  void add(long value) {
    nanos[count.getAndIncrement()] = value;
  }

  /** One line: count, rate over the wall time, p50, p90, p99 and max in milliseconds. */
  String summary(String label, long wallNanos) {
    long[] sorted = Arrays.copyOf(nanos, count.get());
    Arrays.sort(sorted);
    return String.format(
        "%-28s n=%d  %.0f req/s  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms  max=%.1f ms",
        label,
        sorted.length,
        sorted.length / (wallNanos / 1e9),
        percentile(sorted, 0.50),
        percentile(sorted, 0.90),
        percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }
}
