package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of host webhooks, email and reminders. */
@ApplicationScoped
public class NotificationsConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.webhook-url")
  Optional<String> webhookUrl;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.webhook-secret")
  Optional<String> webhookSecret;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.connect-timeout-millis", defaultValue = "5000")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.read-timeout-millis", defaultValue = "10000")
  long readTimeoutMillis;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.poll-interval-millis", defaultValue = "2000")
  long pollIntervalMillis;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.initial-backoff-millis", defaultValue = "10000")
  long initialBackoffMillis;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.max-backoff-millis", defaultValue = "3600000")
  long maxBackoffMillis;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.retry-hours", defaultValue = "24")
  int retryHours;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.ready-max-pending-minutes", defaultValue = "1500")
  long readyMaxPendingMinutes;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.unsubscribe-secret")
  Optional<String> unsubscribeSecret;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.digest-hour", defaultValue = "8")
  int digestHour;

  @Inject
  @ConfigProperty(name = "mentorhub.notifications.reminder-interval-seconds", defaultValue = "60")
  long reminderIntervalSeconds;

  @Inject
  @ConfigProperty(name = "mentorhub.mail.host")
  Optional<String> mailHost;

  @Inject
  @ConfigProperty(name = "mentorhub.mail.port", defaultValue = "587")
  int mailPort;

  @Inject
  @ConfigProperty(name = "mentorhub.mail.from", defaultValue = "Mentor Hub <noreply@localhost>")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "mentorhub.mail.username")
  Optional<String> mailUsername;

  @Inject
  @ConfigProperty(name = "mentorhub.mail.password")
  Optional<String> mailPassword;

  @Inject
  @ConfigProperty(name = "mentorhub.mail.starttls", defaultValue = "true")
  boolean mailStarttls;

  /** Where host webhooks go; without it no host deliveries are written at all. */
  public Optional<String> webhookUrl() {
    return webhookUrl.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** The HMAC key of the {@code X-MentorHub-Signature} header. */
  public String webhookSecret() {
    return webhookSecret.orElse("");
  }

  public Duration connectTimeout() {
    return Duration.ofMillis(connectTimeoutMillis);
  }

  /** How long to wait for the host's answer before counting the attempt as failed. */
  public Duration readTimeout() {
    return Duration.ofMillis(readTimeoutMillis);
  }

  public Duration pollInterval() {
    return Duration.ofMillis(pollIntervalMillis);
  }

  /** How many rows one node claims per poll. */
  public int batchSize() {
    return batchSize;
  }

  public Backoff backoff() {
    return new Backoff(
        Duration.ofMillis(initialBackoffMillis),
        Duration.ofMillis(maxBackoffMillis),
        Duration.ofHours(retryHours));
  }

  /** Readiness turns DOWN when a due row has waited longer than this (delivery has stalled). */
  public Duration readyMaxPending() {
    return Duration.ofMinutes(readyMaxPendingMinutes);
  }

  /** The public base URL of Mentor Hub (e.g. https://community.example/mentorhub/), for links. */
  public Optional<String> publicUrl() {
    return publicUrl
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.endsWith("/") ? s : s + "/");
  }

  public Optional<String> unsubscribeSecret() {
    return unsubscribeSecret.filter(s -> !s.isBlank());
  }

  /** The local hour of a member's daily digest. */
  public int digestHour() {
    return digestHour;
  }

  public Duration reminderInterval() {
    return Duration.ofSeconds(reminderIntervalSeconds);
  }

  /** Email is on only when an SMTP host is configured. */
  public boolean mailEnabled() {
    return mailHost().isPresent();
  }

  public Optional<String> mailHost() {
    return mailHost.map(String::strip).filter(s -> !s.isEmpty());
  }

  public int mailPort() {
    return mailPort;
  }

  public String mailFrom() {
    return mailFrom;
  }

  public Optional<String> mailUsername() {
    return mailUsername.filter(s -> !s.isBlank());
  }

  public Optional<String> mailPassword() {
    return mailPassword;
  }

  public boolean mailStarttls() {
    return mailStarttls;
  }
}
