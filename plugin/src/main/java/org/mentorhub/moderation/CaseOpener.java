package org.mentorhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates the open case of a target in its own transaction. When reports on a new target race, each
 * tries to insert; the unique open key lets exactly one insert commit, and the others find that
 * case on their next look.
 */
@ApplicationScoped
public class CaseOpener {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void tryOpen(TargetType type, String targetId, List<String> targetMembers, Instant now) {
    ModerationCase opened =
        new ModerationCase(UUID.randomUUID().toString(), type, targetId, targetMembers, now);
    em.persist(opened);
    em.flush();
    ModerationAudit.append(em, opened.id(), now, "system", "OPENED", null, null, opened.state());
  }

  /**
   * The open case of a target, locked for the caller's transaction. The row is locked with plain
   * SQL first and only then loaded, so the entity is read after the lock and is never a copy from
   * before a concurrent report committed.
   */
  Optional<ModerationCase> lockOpen(EntityManager callerEm, TargetType type, String targetId) {
    List<?> ids =
        callerEm
            .createNativeQuery("SELECT id FROM moderation_case WHERE open_key = ?1 FOR UPDATE")
            .setParameter(1, ModerationCase.openKey(type, targetId))
            .getResultList();
    return ids.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(callerEm.find(ModerationCase.class, ids.get(0).toString()));
  }
}
