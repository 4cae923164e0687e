package org.mentorhub.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a case's history. Written once, never changed: the class has no way to change a
 * field, and no endpoint updates or deletes the table.
 */
@Entity
@Table(name = "moderation_audit")
public class AuditEntry {

  /** Assigned by the database on insert (see {@link ModerationAudit#append}). */
  @Id private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private String actorId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String note;

  @Column(name = "before_state", updatable = false)
  private String before;

  @Column(name = "after_state", updatable = false)
  private String after;

  protected AuditEntry() {}

  /** {@code GET /api/v1/moderation/cases/{id}/audit}. */
  public record View(
      Instant at, String actor, String action, String note, String before, String after) {}

  View view() {
    return new View(at, actorId, action, note, before, after);
  }
}
