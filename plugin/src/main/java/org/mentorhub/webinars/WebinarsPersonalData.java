package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.members.PersonalData;
import org.mentorhub.members.PersonalRows;

/**
 * Webinars' share of a member's data: webinars they host, their registrations and attendance.
 * Erasure keeps all of it under the pseudonym (seat counts and attendance rates stay true) and
 * drops the display names Jitsi reported for them.
 */
@ApplicationScoped
public class WebinarsPersonalData implements PersonalData {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Override
  public String section() {
    return "webinars";
  }

  @Override
  public Object export(String memberId) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put(
        "hostedWebinars",
        PersonalRows.maps(
            em,
            "SELECT id, title, kind, created_at FROM webinar WHERE host_id = ?1 OR created_by = ?2"
                + " ORDER BY created_at, id",
            List.of("id", "title", "kind", "createdAt"),
            memberId,
            memberId));
    section.put(
        "registrations",
        PersonalRows.maps(
            em,
            "SELECT r.session_id, s.title, s.starts_at, r.status, r.created_at"
                + " FROM webinar_registration r JOIN webinar_session s ON s.id = r.session_id"
                + " WHERE r.member_id = ?1 ORDER BY s.starts_at, r.session_id",
            List.of("sessionId", "title", "startsAt", "status", "registeredAt"),
            memberId));
    section.put(
        "attendance",
        PersonalRows.maps(
            em,
            "SELECT a.session_id, s.title, a.seconds_present, a.attended, a.attended_at"
                + " FROM webinar_attendance a JOIN webinar_session s ON s.id = a.session_id"
                + " WHERE a.member_id = ?1 ORDER BY s.starts_at, a.session_id",
            List.of("sessionId", "title", "secondsPresent", "attended", "attendedAt"),
            memberId));
    return section;
  }

  @Override
  public void erase(String memberId, String pseudonym) {
    PersonalRows.update(
        em, "UPDATE webinar SET host_id = ?2 WHERE host_id = ?1", memberId, pseudonym);
    PersonalRows.update(
        em, "UPDATE webinar SET created_by = ?2 WHERE created_by = ?1", memberId, pseudonym);
    PersonalRows.update(
        em, "UPDATE webinar_session SET host_id = ?2 WHERE host_id = ?1", memberId, pseudonym);
    PersonalRows.update(
        em,
        "UPDATE webinar_registration SET member_id = ?2 WHERE member_id = ?1",
        memberId,
        pseudonym);
    for (String table : List.of("webinar_presence", "webinar_attendance")) {
      PersonalRows.update(
          em,
          "UPDATE " + table + " SET participant_key = ?2 WHERE participant_key = ?1",
          memberId,
          pseudonym);
      PersonalRows.update(
          em,
          "UPDATE " + table + " SET member_id = ?2, display_name = NULL WHERE member_id = ?1",
          memberId,
          pseudonym);
    }
  }
}
