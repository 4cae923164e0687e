package org.mentorhub.moderation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends to and reads a case's audit trail. Rows are inserted with SQL so the identity column
 * numbers them on both databases; nothing here (or anywhere) updates or deletes them.
 */
final class ModerationAudit {
  private ModerationAudit() {}

  static void append(
      EntityManager em,
      String caseId,
      Instant at,
      String actor,
      String action,
      String note,
      String before,
      String after) {
    em.createNativeQuery(
            "INSERT INTO moderation_audit (case_id, acted_at, actor_id, action, note, before_state, after_state)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, caseId)
        .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(3, actor)
        .setParameter(4, action)
        .setParameter(5, note)
        .setParameter(6, before)
        .setParameter(7, after)
        .executeUpdate();
  }

  static List<AuditEntry.View> of(EntityManager em, String caseId) {
    return em
        .createQuery(
            "SELECT a FROM AuditEntry a WHERE a.caseId = :c ORDER BY a.id", AuditEntry.class)
        .setParameter("c", caseId)
        .getResultList()
        .stream()
        .map(AuditEntry::view)
        .toList();
  }
}
