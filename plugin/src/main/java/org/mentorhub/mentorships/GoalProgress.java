package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One value recorded on a goal's measure, with an optional note; the history stays. */
@Entity
@Table(name = "goal_progress")
public class GoalProgress {

  @Id private String id;

  @Column(name = "goal_id", nullable = false)
  private String goalId;

  @Column(nullable = false)
  private BigDecimal amount;

  private String note;

  @Column(name = "author_id", nullable = false)
  private String authorId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected GoalProgress() {}

  GoalProgress(String goalId, BigDecimal amount, String note, String authorId, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.goalId = goalId;
    this.amount = amount;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.authorId = authorId;
    this.recordedAt = now;
  }

  String id() {
    return id;
  }

  String goalId() {
    return goalId;
  }

  BigDecimal amount() {
    return amount;
  }

  String note() {
    return note;
  }

  String authorId() {
    return authorId;
  }

  Instant recordedAt() {
    return recordedAt;
  }
}
