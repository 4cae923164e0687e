package org.mentorhub.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A scheduled reminder that fired; its unique (kind, subject, recipient) makes it fire once. */
@Entity
@Table(name = "notification_reminder")
public class Reminder {

  @Id private String id;

  @Column(nullable = false)
  private String kind;

  @Column(name = "subject_id", nullable = false)
  private String subjectId;

  @Column(name = "recipient_id", nullable = false)
  private String recipientId;

  @Column(name = "fired_at", nullable = false)
  private Instant firedAt;

  protected Reminder() {}

  Reminder(String kind, String subjectId, String recipientId, Instant firedAt) {
    this.id = UUID.randomUUID().toString();
    this.kind = kind;
    this.subjectId = subjectId;
    this.recipientId = recipientId;
    this.firedAt = firedAt;
  }
}
