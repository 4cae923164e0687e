package org.mentorhub.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorhub.members.Member;
import org.mentorhub.members.MemberService;

/**
 * Polls the outbox on every node and delivers what this node claimed: host rows by webhook, email
 * rows by SMTP (several due digest rows of one member as one email). Each attempt's outcome is
 * written in its own transaction; a node that dies mid-attempt leaves a claim that expires, and
 * another node tries again with the same event id (at-least-once).
 */
@ApplicationScoped
public class Deliverer {

  private static final Logger LOG = Logger.getLogger(Deliverer.class.getName());

  /** Polls in a row while there is a backlog, before yielding to the next scheduled run. */
  private static final int MAX_ROUNDS = 50;

  @Resource ManagedScheduledExecutorService executor;

  @Inject NotificationsConfig config;
  @Inject Outbox outbox;
  @Inject WebhookSender webhook;
  @Inject MailSender mail;
  @Inject UnsubscribeLinks unsubscribe;
  @Inject NotificationPreferences preferences;
  @Inject MemberService members;
  @Inject NotificationMetrics metrics;

  private final EmailTemplates templates = new EmailTemplates();
  private final String node = "node-" + UUID.randomUUID();
  private volatile ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (config.webhookUrl().isEmpty() && !config.mailEnabled()) {
      LOG.info("Notifications: no webhook URL and no mail host configured; nothing to deliver.");
      return;
    }
    long every = Math.max(50, config.pollInterval().toMillis());
    task = executor.scheduleWithFixedDelay(this::poll, 3000, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> t = task;
    if (t != null) {
      t.cancel(false);
    }
  }

  void poll() {
    try {
      for (int round = 0; round < MAX_ROUNDS; round++) {
        List<Outbox.Claimed> batch = outbox.claim(node, config.batchSize(), lease());
        if (batch.isEmpty()) {
          return;
        }
        batch.forEach(this::deliver);
      }
    } catch (RuntimeException e) {
      // Database not ready yet, or gone for a moment: the next run tries again.
      LOG.log(Level.WARNING, "Notification delivery round failed: " + e.getMessage(), e);
    }
  }

  /** Long enough for one batch of attempts that all time out, so a live claim never expires. */
  private Duration lease() {
    Duration perAttempt = config.connectTimeout().plus(config.readTimeout());
    return perAttempt.multipliedBy(config.batchSize() + 1L).plusSeconds(30);
  }

  private void deliver(Outbox.Claimed row) {
    try {
      if (row.channel() == Channel.HOST) {
        record(List.of(row), webhook.send(row.eventId(), row.body()));
      } else {
        deliverEmail(row);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivery of " + row.id() + " failed unexpectedly", e);
      record(List.of(row), Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private void deliverEmail(Outbox.Claimed head) {
    List<Outbox.Claimed> rows = new ArrayList<>();
    rows.add(head);
    if (head.digest()) {
      rows.addAll(outbox.claimDigestSiblings(node, head, lease()));
    }
    Preferences wanted = preferences.of(head.recipientId());
    String address =
        members.find(head.recipientId()).map(Member::email).filter(e -> !e.isBlank()).orElse(null);
    List<Outbox.Claimed> send = new ArrayList<>();
    for (Outbox.Claimed row : rows) {
      if (address == null || !wanted.wantsEmail(row.type())) {
        // Turned off since the row was written (or no address): nothing to send.
        outbox.skipped(row.id(), node, address == null ? "no email address" : "email turned off");
      } else {
        send.add(row);
      }
    }
    if (send.isEmpty()) {
      return;
    }
    String allOff = unsubscribe.url(head.recipientId(), UnsubscribeTokens.ALL).orElse(null);
    RenderedEmail email;
    String listUnsubscribe;
    if (send.size() == 1 && !head.digest()) {
      Outbox.Claimed only = send.get(0);
      listUnsubscribe = unsubscribe.url(only.recipientId(), only.type().name()).orElse(null);
      email = render(only, listUnsubscribe);
    } else {
      listUnsubscribe = allOff;
      email = templates.digest(send.stream().map(r -> render(r, null)).toList(), allOff);
    }
    Optional<String> error;
    try {
      mail.send(address, email, listUnsubscribe);
      error = Optional.empty();
    } catch (MessagingException e) {
      error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    record(send, error);
  }

  private RenderedEmail render(Outbox.Claimed row, String unsubscribeUrl) {
    java.util.Map<String, String> values =
        new java.util.HashMap<>(NoticeEnvelope.dataAsText(row.body()));
    values.put("link", config.publicUrl().orElse(""));
    return templates.render(row.type(), values, unsubscribeUrl);
  }

  private void record(List<Outbox.Claimed> rows, Optional<String> error) {
    for (Outbox.Claimed row : rows) {
      if (error.isEmpty()) {
        if (outbox.delivered(row.id(), node)) {
          metrics.delivered(row.channel());
        }
      } else {
        boolean dead =
            outbox.failed(
                row.id(),
                node,
                error.get(),
                config.backoff(),
                ThreadLocalRandom.current().nextDouble());
        metrics.failed(row.channel(), dead);
        if (dead) {
          LOG.warning(
              "Gave up delivering notification "
                  + row.eventId()
                  + " ("
                  + row.channel()
                  + ") after the retry window: "
                  + error.get());
        }
      }
    }
  }
}
