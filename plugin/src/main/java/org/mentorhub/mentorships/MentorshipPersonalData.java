package org.mentorhub.mentorships;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.directory.IndexOutbox;
import org.mentorhub.members.PersonalData;

/**
 * A member's share of mentorships for export and erasure. Goals, check-ins and next steps are
 * records both sides kept together, so erasure keeps them for the other side and for programme
 * statistics but replaces the member's id with the pseudonym; survey free text is private to the
 * member and is deleted (ratings stay, anonymous). Open mentorships of an erased member end.
 */
@ApplicationScoped
public class MentorshipPersonalData implements PersonalData {

  static final String LEFT = "A member left Mentor Hub.";

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;

  @Override
  public String section() {
    return "mentorships";
  }

  @Override
  public Object export(String memberId) {
    List<Mentorship> mine =
        em.createQuery(
                "SELECT m FROM Mentorship m WHERE m.mentorId = :me OR m.menteeId = :me"
                    + " ORDER BY m.startedAt",
                Mentorship.class)
            .setParameter("me", memberId)
            .getResultList();
    List<String> ids = mine.stream().map(Mentorship::id).toList();
    List<Map<String, Object>> mentorships = new ArrayList<>();
    for (Mentorship m : mine) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", m.id());
      row.put("role", m.roleOf(memberId));
      row.put("mentorId", m.mentorId());
      row.put("menteeId", m.menteeId());
      row.put("programmeId", m.programmeId());
      row.put("status", m.status().name());
      row.put("endReason", m.endReason());
      row.put("startedAt", string(m.startedAt()));
      row.put("endedAt", string(m.endedAt()));
      row.put("cadenceDays", m.cadenceDays());
      mentorships.add(row);
    }
    List<Map<String, Object>> goals = new ArrayList<>();
    List<Map<String, Object>> progress = new ArrayList<>();
    List<Map<String, Object>> checkIns = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (Goal g :
          em.createQuery("SELECT g FROM Goal g WHERE g.mentorshipId IN :ids", Goal.class)
              .setParameter("ids", ids)
              .getResultList()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", g.id());
        row.put("mentorshipId", g.mentorshipId());
        row.put("statement", g.statement());
        row.put("measure", g.measureName() + " (" + g.measureUnit() + ")");
        row.put("baseline", g.baseline().toPlainString());
        row.put("target", g.target().toPlainString());
        row.put("current", g.current().toPlainString());
        row.put("why", g.why());
        row.put("targetDate", g.targetDate().toString());
        row.put("status", g.status());
        row.put("createdByMe", memberId.equals(g.createdBy()));
        goals.add(row);
      }
      for (CheckIn c :
          em.createQuery("SELECT c FROM CheckIn c WHERE c.mentorshipId IN :ids", CheckIn.class)
              .setParameter("ids", ids)
              .getResultList()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("date", c.heldOn().toString());
        row.put("minutes", c.minutes());
        row.put("discussed", c.discussed());
        row.put("writtenByMe", memberId.equals(c.authorId()));
        checkIns.add(row);
      }
    }
    for (GoalProgress p :
        em.createQuery("SELECT p FROM GoalProgress p WHERE p.authorId = :me", GoalProgress.class)
            .setParameter("me", memberId)
            .getResultList()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("goalId", p.goalId());
      row.put("value", p.amount().toPlainString());
      row.put("note", p.note());
      row.put("recordedAt", string(p.recordedAt()));
      progress.add(row);
    }
    List<Map<String, Object>> surveys = new ArrayList<>();
    for (SurveySend s :
        em.createQuery("SELECT s FROM SurveySend s WHERE s.memberId = :me", SurveySend.class)
            .setParameter("me", memberId)
            .getResultList()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("surveyId", s.surveyId());
      row.put("moment", s.moment());
      row.put("sentAt", string(s.sentAt()));
      row.put("answeredAt", string(s.answeredAt()));
      Map<String, Object> answers = new LinkedHashMap<>();
      for (SurveyAnswer a :
          em.createQuery("SELECT a FROM SurveyAnswer a WHERE a.sendId = :send", SurveyAnswer.class)
              .setParameter("send", s.id())
              .getResultList()) {
        answers.put(a.itemId(), a.score() != null ? a.score() : a.text());
      }
      row.put("answers", answers);
      surveys.add(row);
    }
    return new Views.Export(mentorships, goals, progress, checkIns, surveys);
  }

  @Override
  public void erase(String memberId, String pseudonym) {
    Instant now = clock.instant();
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    // Open mentorships end: the other side is told by its status, and the mentor's seat frees.
    @SuppressWarnings("unchecked")
    List<Object> mentors =
        em.createNativeQuery(
                "SELECT mentor_id FROM mentorship WHERE (mentor_id = ?1 OR mentee_id = ?1)"
                    + " AND status IN ('ACTIVE', 'PAUSED')")
            .setParameter(1, memberId)
            .getResultList();
    em.createNativeQuery(
            "UPDATE mentorship SET status = 'ENDED_EARLY', end_reason = ?2, ended_at = ?3,"
                + " version = version + 1 WHERE (mentor_id = ?1 OR mentee_id = ?1)"
                + " AND status IN ('ACTIVE', 'PAUSED')")
        .setParameter(1, memberId)
        .setParameter(2, LEFT)
        .setParameter(3, at)
        .executeUpdate();
    for (Object mentor : mentors) {
      if (!memberId.equals(mentor)) {
        IndexOutbox.record(em, (String) mentor, now);
      }
    }
    em.createNativeQuery(
            "DELETE FROM survey_answer WHERE answer_text IS NOT NULL AND send_id IN"
                + " (SELECT id FROM survey_send WHERE member_id = ?1)")
        .setParameter(1, memberId)
        .executeUpdate();
    String[][] columns = {
      {"survey_send", "member_id"},
      {"mentorship", "mentor_id"},
      {"mentorship", "mentee_id"},
      {"mentorship_goal", "created_by"},
      {"goal_progress", "author_id"},
      {"check_in", "author_id"},
      {"next_step", "done_by"}
    };
    for (String[] c : columns) {
      em.createNativeQuery("UPDATE " + c[0] + " SET " + c[1] + " = ?1 WHERE " + c[1] + " = ?2")
          .setParameter(1, pseudonym)
          .setParameter(2, memberId)
          .executeUpdate();
    }
  }

  private static String string(Instant at) {
    return at == null ? null : at.toString();
  }
}
