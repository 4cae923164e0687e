package org.mentorhub.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mentorhub.platform.events.NoticeType;

/**
 * One notice on its way to one channel: a row of the notification outbox. The body is fixed when
 * the row is written, so every retry sends the same bytes with the same event id.
 */
@Entity
@Table(name = "notification_outbox")
public class Delivery {

  @Id private String id;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(name = "recipient_id", nullable = false)
  private String recipientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "notice_type", nullable = false)
  private NoticeType type;

  @Column(nullable = false)
  private String body;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(nullable = false)
  private boolean digest;

  @Column(nullable = false)
  private int attempts;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected Delivery() {}

  static Delivery pending(
      String eventId,
      Channel channel,
      String recipientId,
      NoticeType type,
      String body,
      Instant occurredAt,
      Instant dueAt,
      boolean digest) {
    Delivery d = new Delivery();
    d.id = UUID.randomUUID().toString();
    d.eventId = eventId;
    d.channel = channel;
    d.recipientId = recipientId;
    d.type = type;
    d.body = body;
    d.occurredAt = occurredAt;
    d.dueAt = dueAt;
    d.nextAttemptAt = dueAt;
    d.digest = digest;
    d.status = DeliveryStatus.PENDING;
    return d;
  }

  void delivered(Instant now) {
    attempts++;
    status = DeliveryStatus.DELIVERED;
    deliveredAt = now;
    lastError = null;
    release();
  }

  void skipped(String why, Instant now) {
    status = DeliveryStatus.SKIPPED;
    deliveredAt = now;
    lastError = truncate(why);
    release();
  }

  /** Records a failed attempt; {@code next} null means the retry window is over. */
  void failed(String error, Instant next) {
    attempts++;
    lastError = truncate(error);
    if (next == null) {
      status = DeliveryStatus.DEAD;
    } else {
      nextAttemptAt = next;
    }
    release();
  }

  private void release() {
    claimedBy = null;
    claimedUntil = null;
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }

  public String id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public Channel channel() {
    return channel;
  }

  public String recipientId() {
    return recipientId;
  }

  public NoticeType type() {
    return type;
  }

  /** Erasure: the same notice with another member's identity taken out (see NoticeEnvelope). */
  void withoutMember(String memberId, String pseudonym) {
    body = NoticeEnvelope.withoutMember(body, memberId, pseudonym);
  }

  public String body() {
    return body;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public boolean digest() {
    return digest;
  }

  public int attempts() {
    return attempts;
  }

  public DeliveryStatus status() {
    return status;
  }

  public String claimedBy() {
    return claimedBy;
  }
}
