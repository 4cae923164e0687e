package org.mentorhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The warnings and suspensions a member currently carries, for their own {@code /me}. */
@ApplicationScoped
public class SanctionService implements org.mentorhub.members.MemberStanding {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Override
  @Transactional
  public List<org.mentorhub.members.MeView.SanctionView> sanctions(String memberId) {
    return em
        .createQuery(
            "SELECT s FROM Sanction s WHERE s.memberId = :m AND s.liftedAt IS NULL ORDER BY s.imposedAt DESC",
            Sanction.class)
        .setParameter("m", memberId)
        .getResultList()
        .stream()
        .map(
            s ->
                new org.mentorhub.members.MeView.SanctionView(
                    s.kind().name(), s.category().name(), s.imposedAt()))
        .toList();
  }
}
