package org.mentorhub.bench;

import java.util.Arrays;

/** Per-query latencies of one engine in nanoseconds, summarised as percentiles in milliseconds. */
public final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  void add(long value) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = value;
  }

  public int count() {
    return count;
  }

  /** The nearest-rank percentile {@code p} (0-100) in milliseconds. */
  public double percentileMillis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
  }

  public double meanMillis() {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += nanos[i];
    }
    return count == 0 ? Double.NaN : sum / 1e6 / count;
  }
}
