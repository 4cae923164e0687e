package org.mentorhub.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.members.PersonalData;
import org.mentorhub.members.PersonalRows;

/**
 * Training's share of a member's data: enrolments and certificates, completed steps with their
 * reflections, quiz attempts. Erasure deletes the reflections' text (private writing) and keeps the
 * progress under the pseudonym, so completion rates and the funnel stay true.
 */
@ApplicationScoped
public class TrainingPersonalData implements PersonalData {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Override
  public String section() {
    return "training";
  }

  @Override
  public Object export(String memberId) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put(
        "enrollments",
        PersonalRows.maps(
            em,
            "SELECT track_slug, enrolled_at, completed_at, certificate_code"
                + " FROM training_enrollment WHERE member_id = ?1 ORDER BY enrolled_at, track_slug",
            List.of("track", "enrolledAt", "completedAt", "certificateCode"),
            memberId));
    section.put(
        "completedSteps",
        PersonalRows.maps(
            em,
            "SELECT track_slug, step_id, completed_at, answer FROM training_step_completion"
                + " WHERE member_id = ?1 ORDER BY completed_at, track_slug, step_id",
            List.of("track", "stepId", "completedAt", "reflection"),
            memberId));
    section.put(
        "quizAttempts",
        PersonalRows.maps(
            em,
            "SELECT track_slug, step_id, score, passed, attempted_at FROM training_quiz_attempt"
                + " WHERE member_id = ?1 ORDER BY attempted_at, id",
            List.of("track", "stepId", "score", "passed", "attemptedAt"),
            memberId));
    return section;
  }

  @Override
  public void erase(String memberId, String pseudonym) {
    PersonalRows.update(
        em,
        "UPDATE training_step_completion SET member_id = ?2, answer = NULL WHERE member_id = ?1",
        memberId,
        pseudonym);
    PersonalRows.update(
        em,
        "UPDATE training_enrollment SET member_id = ?2 WHERE member_id = ?1",
        memberId,
        pseudonym);
    PersonalRows.update(
        em,
        "UPDATE training_quiz_attempt SET member_id = ?2 WHERE member_id = ?1",
        memberId,
        pseudonym);
  }
}
