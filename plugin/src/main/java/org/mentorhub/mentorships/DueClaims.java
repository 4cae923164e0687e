package org.mentorhub.mentorships;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentorhub.content.SurveyMoment;
import org.mentorhub.platform.events.MemberNotice;
import org.mentorhub.platform.events.NoticeType;

/**
 * The once-only steps of the due work, each in its own transaction. Every step is a claim the
 * database arbitrates, so several nodes running the same job never send anything twice: a survey
 * send is an insert guarded by a unique key on (mentorship, member, moment), and on PostgreSQL the
 * mentorship row is first locked with {@code SKIP LOCKED} so a node never waits for another; an
 * overdue notice or a nudge is a conditional update that only one node can win.
 */
@ApplicationScoped
public class DueClaims {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject MentorshipsConfig config;
  @Inject Event<MemberNotice> notices;

  /** A mentorship that may need a survey, an overdue notice or a nudge. */
  record Candidate(
      String id,
      String mentorId,
      String menteeId,
      String programmeId,
      MentorshipStatus status,
      Instant startedAt,
      Instant endedAt,
      int cadenceDays,
      ProgrammeCalendar programme,
      LocalDate lastCheckIn,
      LocalDate overdueNoticedFor,
      Instant nudgedAt,
      Set<String> sent) {

    static String sentKey(String memberId, SurveyMoment moment) {
      return memberId + "|" + moment.name();
    }
  }

  /** Open mentorships, and those that ended recently enough to get an end survey. */
  @Transactional
  public List<Candidate> candidates(Instant at) {
    List<Mentorship> list =
        em.createQuery(
                "SELECT m FROM Mentorship m WHERE m.status IN :open OR m.endedAt >= :since",
                Mentorship.class)
            .setParameter("open", List.of(MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED))
            .setParameter("since", at.minus(SurveySchedule.END_WINDOW))
            .getResultList();
    Map<String, ProgrammeCalendar> programmes = new HashMap<>();
    for (Programme p :
        em.createQuery("SELECT p FROM Programme p", Programme.class).getResultList()) {
      programmes.put(p.id(), p.calendar());
    }
    Map<String, LocalDate> last = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT c.mentorshipId, MAX(c.heldOn) FROM CheckIn c GROUP BY c.mentorshipId",
                Object[].class)
            .getResultList()) {
      last.put((String) row[0], MentorshipService.asLocalDate(row[1]));
    }
    Map<String, Set<String>> sent = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.mentorshipId, s.memberId, s.moment FROM SurveySend s", Object[].class)
            .getResultList()) {
      sent.computeIfAbsent((String) row[0], k -> new HashSet<>()).add(row[1] + "|" + row[2]);
    }
    return list.stream()
        .map(
            m ->
                new Candidate(
                    m.id(),
                    m.mentorId(),
                    m.menteeId(),
                    m.programmeId(),
                    m.status(),
                    m.startedAt(),
                    m.endedAt(),
                    m.cadenceDays(),
                    m.programmeId() == null ? null : programmes.get(m.programmeId()),
                    last.get(m.id()),
                    m.overdueNoticedFor(),
                    m.reengagementNudgedAt(),
                    sent.getOrDefault(m.id(), Set.of())))
        .toList();
  }

  /** Sends a survey to one member once; true if this call sent it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claimSurvey(
      String mentorshipId,
      String memberId,
      SurveyMoment moment,
      String surveyId,
      Instant dueAt,
      Instant now) {
    if (config.postgres()
        && em.createNativeQuery("SELECT id FROM mentorship WHERE id = ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, mentorshipId)
            .getResultList()
            .isEmpty()) {
      return false;
    }
    String id = UUID.randomUUID().toString();
    int inserted =
        em.createNativeQuery(
                "INSERT INTO survey_send (id, mentorship_id, member_id, moment, survey_id, due_at,"
                    + " sent_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 FROM mentorship WHERE id = ?2"
                    + " AND NOT EXISTS (SELECT 1 FROM survey_send s WHERE s.mentorship_id = ?2"
                    + " AND s.member_id = ?3 AND s.moment = ?4)")
            .setParameter(1, id)
            .setParameter(2, mentorshipId)
            .setParameter(3, memberId)
            .setParameter(4, moment.name())
            .setParameter(5, surveyId)
            .setParameter(6, utc(dueAt))
            .setParameter(7, utc(now))
            .executeUpdate();
    if (inserted == 1) {
      notices.fire(
          new MemberNotice(
              memberId,
              NoticeType.SURVEY_DUE,
              Map.of(
                  "surveySendId", id,
                  "surveyId", surveyId,
                  "moment", moment.name(),
                  "mentorshipId", mentorshipId),
              now));
    }
    return inserted == 1;
  }

  /** Tells both members once per overdue period; true if this call told them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean noticeOverdue(Candidate c, LocalDate due, Instant now) {
    int won =
        em.createNativeQuery(
                "UPDATE mentorship SET overdue_noticed_for = ?1 WHERE id = ?2 AND status = 'ACTIVE'"
                    + " AND (overdue_noticed_for IS NULL OR overdue_noticed_for <> ?1)")
            .setParameter(1, due)
            .setParameter(2, c.id())
            .executeUpdate();
    if (won == 1) {
      for (String member : List.of(c.mentorId(), c.menteeId())) {
        notices.fire(
            new MemberNotice(
                member,
                NoticeType.CHECK_IN_OVERDUE,
                Map.of("mentorshipId", c.id(), "checkInDue", due.toString()),
                now));
      }
    }
    return won == 1;
  }

  /** Nudges both members of a quiet mentorship once; true if this call nudged them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean nudge(Candidate c, Instant now) {
    int won =
        em.createNativeQuery(
                "UPDATE mentorship SET reengagement_nudged_at = ?1 WHERE id = ?2"
                    + " AND reengagement_nudged_at IS NULL")
            .setParameter(1, utc(now))
            .setParameter(2, c.id())
            .executeUpdate();
    if (won == 1) {
      for (String member : List.of(c.mentorId(), c.menteeId())) {
        notices.fire(
            new MemberNotice(
                member,
                NoticeType.REENGAGEMENT_NUDGE,
                Map.of(
                    "mentorshipId",
                    c.id(),
                    "programmeId",
                    c.programmeId(),
                    "lastCheckIn",
                    c.lastCheckIn() == null ? "" : c.lastCheckIn().toString()),
                now));
      }
    }
    return won == 1;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
