package org.mentorhub.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.mentorhub.platform.problem.ResourceNotFoundException;

/**
 * The right to erasure and the right of access, across every feature: each feature's {@link
 * PersonalData} bean does its share, gathered here without this class knowing any of them.
 *
 * <p>An erasure runs in one transaction: a stand-in member row with the pseudonym as its id and
 * name (and no email) is created first, so every feature can re-point the rows it keeps (requests,
 * attendance, reports, audit) at it without breaking a foreign key; then each feature deletes the
 * private content and personal fields; last the member row goes, and with it name, email and the
 * calendar feed token. Erasing again is harmless and answers the same (204): the pseudonym row
 * tells that the member existed. Only an id that never existed here gets 404.
 */
@ApplicationScoped
public class ErasureService {

  private static final Logger LOG = Logger.getLogger(ErasureService.class.getName());

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject @Any Instance<PersonalData> features;
  @Inject Pseudonyms pseudonyms;
  @Inject Clock clock;

  /** Erases a member; idempotent. */
  @Transactional
  public void erase(String memberId) {
    String pseudonym = pseudonyms.of(memberId);
    boolean member = exists(memberId);
    boolean erasedBefore = exists(pseudonym);
    if (!member && !erasedBefore) {
      throw new ResourceNotFoundException("member", memberId);
    }
    if (member) {
      // Serialises with anything else that writes this member for the rest of the erasure.
      em.createNativeQuery("SELECT id FROM member WHERE id = ?1 FOR UPDATE")
          .setParameter(1, memberId)
          .getResultList();
    }
    if (!erasedBefore) {
      Timestamp now = Timestamp.from(clock.instant());
      PersonalRows.update(
          em,
          "INSERT INTO member (id, name, email, roles, calendar_feed_token, created_at,"
              + " updated_at, version) VALUES (?1, ?2, NULL, 'member', ?3, ?4, ?5, 1)",
          pseudonym,
          pseudonym,
          Member.newFeedToken(),
          now,
          now);
    }
    for (PersonalData feature : features) {
      feature.erase(memberId, pseudonym);
    }
    PersonalRows.update(em, "DELETE FROM member WHERE id = ?1", memberId);
    LOG.info("Erased member as " + pseudonym);
  }

  /**
   * Everything Mentor Hub holds about a member: the member record, then one section per feature.
   */
  @Transactional
  public Map<String, Object> export(String memberId) {
    Map<String, Object> document = new LinkedHashMap<>();
    List<Map<String, Object>> member =
        PersonalRows.maps(
            em,
            "SELECT id, name, email, roles, created_at, updated_at FROM member WHERE id = ?1",
            List.of("id", "name", "email", "roles", "createdAt", "updatedAt"),
            memberId);
    document.put("member", member.isEmpty() ? null : member.get(0));
    for (PersonalData feature : features) {
      document.put(feature.section(), feature.export(memberId));
    }
    return document;
  }

  private boolean exists(String id) {
    return !em.createNativeQuery("SELECT id FROM member WHERE id = ?1")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }
}
