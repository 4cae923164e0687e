package org.mentorhub.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Notification delivery in {@code /metrics} (application scope): gauges of the outbox backlog, the
 * age of the oldest due row and the dead rows (from the database, so every node reports the same),
 * and counters of this node's deliveries, failed attempts and rows given up, per channel.
 */
@ApplicationScoped
public class NotificationMetrics {

  private static final Logger LOG = Logger.getLogger(NotificationMetrics.class.getName());
  private static final Duration CACHE = Duration.ofSeconds(5);

  @Inject MetricRegistry registry;
  @Inject Outbox outbox;
  @Inject Clock clock;

  private volatile Outbox.Stats stats = new Outbox.Stats(0, 0, 0);
  private volatile Instant statsAt = Instant.EPOCH;
  private final java.util.concurrent.atomic.AtomicLong failures =
      new java.util.concurrent.atomic.AtomicLong();

  /** Registers the gauges at start, not on first use, so /metrics lists them from the outset. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {}

  @PostConstruct
  void register() {
    registry.gauge("notifications.backlog", this, m -> m.stats().pending());
    registry.gauge("notifications.oldest.pending.seconds", this, m -> m.stats().oldestDueSeconds());
    registry.gauge("notifications.dead", this, m -> m.stats().dead());
  }

  /** The outbox counts, read from the database at most every few seconds. */
  public Outbox.Stats stats() {
    Instant now = clock.instant();
    if (Duration.between(statsAt, now).compareTo(CACHE) > 0) {
      try {
        stats = outbox.stats();
        statsAt = now;
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Could not read notification stats", e);
      }
    }
    return stats;
  }

  /** Reads the counts now, for health checks. */
  public Outbox.Stats freshStats() {
    stats = outbox.stats();
    statsAt = clock.instant();
    return stats;
  }

  void delivered(Channel channel) {
    counter("notifications.delivered", channel).inc();
  }

  /** Failed attempts on this node since it started. */
  public long failures() {
    return failures.get();
  }

  void failed(Channel channel, boolean dead) {
    failures.incrementAndGet();
    counter("notifications.failures", channel).inc();
    if (dead) {
      counter("notifications.given.up", channel).inc();
    }
  }

  private Counter counter(String name, Channel channel) {
    return registry.counter(name, new Tag("channel", channel.name().toLowerCase()));
  }
}
