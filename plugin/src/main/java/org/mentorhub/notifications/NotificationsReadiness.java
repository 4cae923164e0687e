package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Notification delivery in {@code /health/ready}: the backlog, the age of the oldest due row and
 * the dead rows. It stays UP while the host is merely down (rows wait in backoff, and taking every
 * node out of the load balancer would not bring the host back); it goes DOWN only when a due row
 * has waited longer than {@code mentorhub.notifications.ready-max-pending-minutes} (default 25 h,
 * past the 24 h retry window), which means delivery itself has stopped.
 */
@Readiness
@ApplicationScoped
public class NotificationsReadiness implements HealthCheck {

  @Inject NotificationMetrics metrics;
  @Inject NotificationsConfig config;

  @Override
  public HealthCheckResponse call() {
    try {
      Outbox.Stats stats = metrics.freshStats();
      boolean stalled = stats.oldestDueSeconds() > config.readyMaxPending().toSeconds();
      return HealthCheckResponse.named("notifications")
          .status(!stalled)
          .withData("backlog", stats.pending())
          .withData("oldestPendingSeconds", stats.oldestDueSeconds())
          .withData("dead", stats.dead())
          .withData("failedAttemptsOnThisNode", metrics.failures())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("notifications")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
