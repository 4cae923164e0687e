package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.mentorhub.platform.events.MemberNotice;

/**
 * Fires a reminder at most once: the reminder row and the notice's outbox rows commit in one
 * transaction of their own, and the unique key on (kind, subject, recipient) makes the insert of
 * every later try, on this node after a restart or on another node at the same moment, fail.
 */
@ApplicationScoped
public class ReminderClaims {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Event<MemberNotice> notices;

  /** Whether the reminder was already fired (cheap pre-check; the unique key decides). */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean fired(String kind, String subjectId, String recipientId) {
    return em.createQuery(
                "SELECT COUNT(r) FROM Reminder r WHERE r.kind = :k AND r.subjectId = :s"
                    + " AND r.recipientId = :m",
                Long.class)
            .setParameter("k", kind)
            .setParameter("s", subjectId)
            .setParameter("m", recipientId)
            .getSingleResult()
        > 0;
  }

  /** Inserts the reminder row and fires the notice; throws if another run got there first. */
  @Transactional(TxType.REQUIRES_NEW)
  public void fire(String kind, String subjectId, MemberNotice notice) {
    em.persist(new Reminder(kind, subjectId, notice.recipientId(), notice.occurredAt()));
    em.flush();
    notices.fire(notice);
  }
}
