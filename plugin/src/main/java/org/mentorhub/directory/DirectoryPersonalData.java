package org.mentorhub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.members.PersonalData;
import org.mentorhub.members.PersonalRows;

/**
 * The directory's share of a member's data: their mentor profile, their mentee needs and the
 * mentorship requests they sent or received.
 *
 * <p>Erasure deletes both profiles (the mentor leaves search through the outbox, at once) and keeps
 * the requests for the programme's statistics, with the member replaced by the pseudonym, the
 * erased member's own words (ask and offer as mentee, reason as mentor) removed, and their pending
 * requests closed: withdrawn when they asked, declined when they were asked.
 */
@ApplicationScoped
public class DirectoryPersonalData implements PersonalData {

  static final String ERASED_TEXT = "(erased)";

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;

  @Override
  public String section() {
    return "directory";
  }

  @Override
  public Object export(String memberId) {
    Map<String, Object> section = new LinkedHashMap<>();
    MentorProfile mentor = em.find(MentorProfile.class, memberId);
    MenteeProfile mentee = em.find(MenteeProfile.class, memberId);
    section.put("mentorProfile", mentor == null ? null : MentorProfileView.of(mentor));
    section.put("menteeProfile", mentee == null ? null : MenteeProfileView.of(mentee));
    section.put(
        "mentorshipRequests",
        PersonalRows.maps(
            em,
            "SELECT id, mentor_id, mentee_id, ask, offer, status, reason, created_at, decided_at"
                + " FROM mentorship_request WHERE mentor_id = ?1 OR mentee_id = ?2"
                + " ORDER BY created_at, id",
            List.of(
                "id",
                "mentorId",
                "menteeId",
                "ask",
                "offer",
                "status",
                "reason",
                "createdAt",
                "decidedAt"),
            memberId,
            memberId));
    return section;
  }

  @Override
  public void erase(String memberId, String pseudonym) {
    Instant now = clock.instant();
    Timestamp at = Timestamp.from(now);
    // A profile's tags are columns of its row (TagColumn), so deleting the row erases them.
    PersonalRows.update(em, "DELETE FROM mentee_profile WHERE id = ?1", memberId);
    if (PersonalRows.update(em, "DELETE FROM mentor_profile WHERE id = ?1", memberId) > 0) {
      IndexOutbox.record(em, memberId, now);
    }
    PersonalRows.update(
        em,
        "UPDATE mentorship_request SET status = 'WITHDRAWN', open_pair = NULL, decided_at = ?2,"
            + " version = version + 1 WHERE mentee_id = ?1 AND status = 'PENDING'",
        memberId,
        at);
    PersonalRows.update(
        em,
        "UPDATE mentorship_request SET status = 'DECLINED', open_pair = NULL, decided_at = ?2,"
            + " version = version + 1 WHERE mentor_id = ?1 AND status = 'PENDING'",
        memberId,
        at);
    PersonalRows.update(
        em,
        "UPDATE mentorship_request SET mentee_id = ?2, ask = ?3, offer = NULL,"
            + " version = version + 1 WHERE mentee_id = ?1",
        memberId,
        pseudonym,
        ERASED_TEXT);
    PersonalRows.update(
        em,
        "UPDATE mentorship_request SET mentor_id = ?2, reason = NULL, version = version + 1"
            + " WHERE mentor_id = ?1",
        memberId,
        pseudonym);
    PersonalRows.update(
        em,
        "UPDATE mentorship_request SET open_pair = mentor_id || '|' || mentee_id"
            + " WHERE open_pair IS NOT NULL AND (mentor_id = ?1 OR mentee_id = ?2)",
        pseudonym,
        pseudonym);
  }
}
