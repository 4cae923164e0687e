package org.mentorhub.webinars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A webhook delivery already applied, kept by its idempotency key so a repeat is ignored. */
@Entity
@Table(name = "webinar_webhook_event")
public class WebhookDelivery {

  @Id
  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(name = "room_name")
  private String roomName;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected WebhookDelivery() {}

  WebhookDelivery(
      String idempotencyKey, String eventType, String roomName, Instant occurredAt, Instant now) {
    this.idempotencyKey = idempotencyKey;
    this.eventType = eventType;
    this.roomName = roomName;
    this.occurredAt = occurredAt;
    this.receivedAt = now;
  }
}
