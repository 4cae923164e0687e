package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mentorhub.members.PersonalData;

/**
 * The notifications' share of a member's data: their preferences and the notices addressed to them.
 * Erasure deletes both (the outbox is transport, not history), and takes the member's id and name
 * out of notices to other members that mention them (a request the erased member sent).
 */
@ApplicationScoped
public class NotificationPersonalData implements PersonalData {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Override
  public String section() {
    return "notifications";
  }

  @Override
  public Object export(String memberId) {
    NotificationPreference row = em.find(NotificationPreference.class, memberId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("preferences", row == null ? null : PreferencesView.of(row.preferences()));
    out.put("preferencesUpdatedAt", row == null ? null : row.updatedAt());
    out.put(
        "pendingEmails",
        em.createQuery(
                "SELECT COUNT(d) FROM Delivery d WHERE d.recipientId = :m AND d.channel = :email"
                    + " AND d.status = :pending",
                Long.class)
            .setParameter("m", memberId)
            .setParameter("email", Channel.EMAIL)
            .setParameter("pending", DeliveryStatus.PENDING)
            .getSingleResult());
    return out;
  }

  @Override
  public void erase(String memberId, String pseudonym) {
    em.createQuery("DELETE FROM NotificationPreference p WHERE p.memberId = :m")
        .setParameter("m", memberId)
        .executeUpdate();
    em.createQuery("DELETE FROM Delivery d WHERE d.recipientId = :m")
        .setParameter("m", memberId)
        .executeUpdate();
    // LIKE narrows the rows; the envelope compares whole values, so a wildcard in an id is
    // harmless.
    for (Delivery mentioning :
        em.createQuery("SELECT d FROM Delivery d WHERE d.body LIKE :id", Delivery.class)
            .setParameter("id", "%" + memberId + "%")
            .getResultList()) {
      mentioning.withoutMember(memberId, pseudonym);
    }
  }
}
