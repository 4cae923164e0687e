package org.mentorhub.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A warning or suspension of a member, from a case; restoring the case lifts it. */
@Entity
@Table(name = "member_sanction")
public class Sanction {

  /** The kinds of sanction. */
  public enum Kind {
    WARNING,
    SUSPENSION
  }

  @Id private String id;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Column(name = "imposed_at", nullable = false)
  private Instant imposedAt;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  protected Sanction() {}

  Sanction(String memberId, Kind kind, Category category, String caseId, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.memberId = memberId;
    this.kind = kind;
    this.category = category;
    this.caseId = caseId;
    this.imposedAt = now;
  }

  void lift(Instant now) {
    liftedAt = liftedAt == null ? now : liftedAt;
  }

  Kind kind() {
    return kind;
  }

  Category category() {
    return category;
  }

  Instant imposedAt() {
    return imposedAt;
  }
}
