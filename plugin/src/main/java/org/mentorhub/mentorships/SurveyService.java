package org.mentorhub.mentorships;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorhub.content.LikertItem;
import org.mentorhub.content.Survey;
import org.mentorhub.content.SurveyItem;
import org.mentorhub.content.TextItem;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.problem.Violation;
import org.mentorhub.platform.security.Caller;

/**
 * Programme surveys from the member's side: what is waiting, and answering it against the items of
 * the survey file. Staff see answers only in aggregate ({@link #results}), never who gave them.
 */
@ApplicationScoped
public class SurveyService {

  static final int MAX_TEXT = 2000;

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject ProgrammeSurveys surveys;

  @Transactional
  public List<Views.MySurvey> mine(Caller caller) {
    return em
        .createQuery(
            "SELECT s FROM SurveySend s WHERE s.memberId = :me ORDER BY s.sentAt DESC",
            SurveySend.class)
        .setParameter("me", caller.id())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  @Transactional
  public Views.MySurvey answer(Caller caller, String sendId, Inputs.SurveyAnswersInput input) {
    em.createNativeQuery("SELECT id FROM survey_send WHERE id = ?1 FOR UPDATE")
        .setParameter(1, sendId)
        .getResultList();
    SurveySend send = em.find(SurveySend.class, sendId);
    if (send == null || !send.memberId().equals(caller.id())) {
      throw new ResourceNotFoundException("survey", sendId);
    }
    Survey survey =
        surveys
            .byId(send.surveyId())
            .orElseThrow(() -> new ResourceNotFoundException("survey", send.surveyId()));
    Map<String, Object> given = input.answers();
    List<Violation> violations = new ArrayList<>();
    Set<String> known = new java.util.HashSet<>();
    List<SurveyAnswer> answers = new ArrayList<>();
    for (SurveyItem item : survey.items()) {
      known.add(item.id());
      Object value = given.get(item.id());
      String field = "answers." + item.id();
      if (item instanceof LikertItem) {
        Integer score = score(value);
        if (score == null) {
          violations.add(
              new Violation(field, "rate this statement with a whole number from 1 to 5"));
        } else {
          answers.add(new SurveyAnswer(send.id(), item.id(), score, null));
        }
      } else {
        TextItem text = (TextItem) item;
        if (value != null && !(value instanceof String)) {
          violations.add(new Violation(field, "must be text"));
        } else if (value == null || ((String) value).isBlank()) {
          if (text.required()) {
            violations.add(new Violation(field, "please answer this question in a few words"));
          }
        } else if (((String) value).length() > MAX_TEXT) {
          violations.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
        } else {
          answers.add(new SurveyAnswer(send.id(), item.id(), null, ((String) value).strip()));
        }
      }
    }
    for (String key : given.keySet()) {
      if (!known.contains(key)) {
        violations.add(new Violation("answers." + key, "is not an item of this survey"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(
          violations.size() == 1
              ? "The field '" + violations.get(0).field() + "' is invalid."
              : violations.size() + " fields are invalid.",
          violations);
    }
    send.answered(clock.instant());
    answers.forEach(em::persist);
    em.flush();
    return view(send);
  }

  /** Mean, distribution and comments per item, for surveys sent to a filter of mentorships. */
  @Transactional
  public List<Views.SurveyResults> results(String programmeId, Instant from, Instant to) {
    StringBuilder where = new StringBuilder("s.answered_at IS NOT NULL");
    List<Object> params = new ArrayList<>();
    if (programmeId != null) {
      where.append(
          " AND s.mentorship_id IN (SELECT m.id FROM mentorship m WHERE m.programme_id = ?)");
      params.add(programmeId);
    }
    if (from != null) {
      where.append(" AND s.answered_at >= ?");
      params.add(java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
    }
    if (to != null) {
      where.append(" AND s.answered_at < ?");
      params.add(java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
    }
    String sql =
        "SELECT s.survey_id, a.item_id, a.score, a.answer_text FROM survey_answer a"
            + " JOIN survey_send s ON s.id = a.send_id WHERE "
            + where;
    jakarta.persistence.Query q = em.createNativeQuery(numbered(sql));
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    Map<String, List<Object[]>> bySurvey = new HashMap<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      bySurvey.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
    }
    Map<String, Long> responses = new HashMap<>();
    jakarta.persistence.Query counts =
        em.createNativeQuery(
            numbered("SELECT s.survey_id, COUNT(*) FROM survey_send s WHERE " + where)
                + " GROUP BY s.survey_id");
    for (int i = 0; i < params.size(); i++) {
      counts.setParameter(i + 1, params.get(i));
    }
    for (Object row : counts.getResultList()) {
      Object[] r = (Object[]) row;
      responses.put((String) r[0], ((Number) r[1]).longValue());
    }
    List<Views.SurveyResults> results = new ArrayList<>();
    for (Survey survey : surveys.all()) {
      List<Object[]> rows = bySurvey.getOrDefault(survey.id(), List.of());
      List<Views.ItemResult> items = new ArrayList<>();
      for (SurveyItem item : survey.items()) {
        long[] distribution = new long[LikertItem.POINTS];
        long n = 0;
        long sum = 0;
        List<String> comments = new ArrayList<>();
        for (Object[] r : rows) {
          if (!item.id().equals(r[1])) {
            continue;
          }
          if (r[2] != null) {
            int score = ((Number) r[2]).intValue();
            distribution[score - 1]++;
            sum += score;
            n++;
          } else if (r[3] != null) {
            comments.add((String) r[3]);
            n++;
          }
        }
        boolean likert = item instanceof LikertItem;
        items.add(
            new Views.ItemResult(
                item.id(),
                likert ? "likert" : "text",
                item.text(),
                n,
                likert && n > 0 ? Math.round(sum * 100.0 / n) / 100.0 : null,
                likert ? java.util.Arrays.stream(distribution).boxed().toList() : List.of(),
                comments));
      }
      results.add(
          new Views.SurveyResults(
              survey.id(),
              survey.title(),
              survey.moment().name(),
              responses.getOrDefault(survey.id(), 0L),
              items));
    }
    return results;
  }

  private Views.MySurvey view(SurveySend send) {
    Optional<Survey> survey = surveys.byId(send.surveyId());
    return new Views.MySurvey(
        send.id(),
        send.mentorshipId(),
        send.surveyId(),
        send.moment(),
        survey.map(Survey::title).orElse(send.surveyId()),
        survey.map(Survey::intro).orElse(""),
        send.dueAt(),
        send.answeredAt(),
        survey.map(ProgrammeSurveys::items).orElse(List.of()));
  }

  /** A whole number 1..5 from a JSON value, else null. */
  static Integer score(Object value) {
    if (!(value instanceof Number number)) {
      return null;
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (decimal.stripTrailingZeros().scale() > 0) {
      return null;
    }
    int score = decimal.intValue();
    return score >= 1 && score <= LikertItem.POINTS ? score : null;
  }

  /**
   * Turns plain {@code ?} markers into {@code ?1, ?2, ...} as EclipseLink's native queries want.
   */
  static String numbered(String sql) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        out.append('?').append(++n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
