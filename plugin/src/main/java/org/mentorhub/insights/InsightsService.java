package org.mentorhub.insights;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.mentorhub.content.LikertItem;
import org.mentorhub.content.Survey;
import org.mentorhub.content.SurveyItem;
import org.mentorhub.content.Track;
import org.mentorhub.mentorships.MentorshipsConfig;
import org.mentorhub.mentorships.ProgrammeService;
import org.mentorhub.mentorships.ProgrammeSurveys;
import org.mentorhub.platform.persistence.DatabaseMigrations;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.training.TrainingCatalog;

/**
 * Computes the funnel and the KPIs with read-only SQL over several features' tables (members,
 * directory requests, training, webinars, moderation, mentorships). The features' services answer
 * questions about one member or one item; none offers counts over a programme and a date range, and
 * adding such a method to each would spread one report's definitions over six packages. So the
 * definitions live here, in one place, and only ever read.
 */
@ApplicationScoped
public class InsightsService {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;
  @Inject ProgrammeService programmes;
  @Inject ProgrammeSurveys surveys;
  @Inject TrainingCatalog training;
  @Inject MentorshipsConfig mentorshipsConfig;

  public FunnelView funnel(InsightsFilter filter) {
    requireProgramme(filter);
    try (Connection c = dataSource.getConnection()) {
      List<Object> cohortParams = new ArrayList<>();
      String cohort = cohort(filter, cohortParams);
      String inProgramme = filter.programmeId() == null ? "" : " AND m.programme_id = ?";
      List<Object> withProgramme = new ArrayList<>(cohortParams);
      if (filter.programmeId() != null) {
        withProgramme.add(filter.programmeId());
      }
      long[] counts = {
        count(c, "SELECT COUNT(*) FROM member WHERE id IN (" + cohort + ")", cohortParams),
        count(c, "SELECT COUNT(*) FROM mentee_profile WHERE id IN (" + cohort + ")", cohortParams),
        count(
            c,
            "SELECT COUNT(DISTINCT mentee_id) FROM mentorship_request WHERE mentee_id IN ("
                + cohort
                + ")",
            cohortParams),
        count(
            c,
            "SELECT COUNT(DISTINCT m.mentee_id) FROM mentorship m WHERE m.mentee_id IN ("
                + cohort
                + ")"
                + inProgramme,
            withProgramme),
        count(
            c,
            "SELECT COUNT(DISTINCT m.mentee_id) FROM mentorship m WHERE m.mentee_id IN ("
                + cohort
                + ")"
                + inProgramme
                + " AND EXISTS (SELECT 1 FROM check_in ci WHERE ci.mentorship_id = m.id)",
            withProgramme),
        count(
            c,
            "SELECT COUNT(DISTINCT m.mentee_id) FROM mentorship m WHERE m.mentee_id IN ("
                + cohort
                + ")"
                + inProgramme
                + " AND EXISTS (SELECT 1 FROM mentorship_goal g WHERE g.mentorship_id = m.id"
                + " AND g.status = 'ACHIEVED')",
            withProgramme)
      };
      String[][] names = {
        {"members", "Members"},
        {"menteeProfiles", "Mentee profiles"},
        {"requests", "Sent a request"},
        {"accepted", "Matched (accepted)"},
        {"firstCheckIn", "Had a first check-in"},
        {"goalAchieved", "Achieved a goal"}
      };
      List<FunnelView.Stage> stages = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        stages.add(
            new FunnelView.Stage(
                names[i][0],
                names[i][1],
                counts[i],
                i == 0 ? null : Stats.share(counts[i], counts[i - 1]),
                Stats.share(counts[i], counts[0])));
      }
      return new FunnelView(filter.programmeId(), filter.from(), filter.to(), stages);
    } catch (SQLException e) {
      throw new IllegalStateException("Computing the funnel failed", e);
    }
  }

  public KpiView kpis(InsightsFilter filter) {
    requireProgramme(filter);
    try (Connection c = dataSource.getConnection()) {
      return new KpiView(
          filter.programmeId(),
          filter.from(),
          filter.to(),
          timeToFirstMatch(c, filter),
          checkInMinutes(c, filter),
          goalAchievement(c, filter),
          trainingCompletion(c, filter),
          webinarAttendance(c, filter),
          surveyScores(c, filter),
          reportResolution(c, filter));
    } catch (SQLException e) {
      throw new IllegalStateException("Computing the KPIs failed", e);
    }
  }

  /**
   * The members the funnel follows: those who joined in range, or with a programme, the mentees of
   * its mentorships (who joined in range, when a range is given).
   */
  private static String cohort(InsightsFilter f, List<Object> params) {
    StringBuilder sql = new StringBuilder();
    if (f.programmeId() != null) {
      sql.append("SELECT pm.mentee_id FROM mentorship pm WHERE pm.programme_id = ?");
      params.add(f.programmeId());
      if (f.from() != null || f.to() != null) {
        sql.append(" AND pm.mentee_id IN (SELECT mm.id FROM member mm WHERE 1 = 1");
        range(sql, params, "mm.created_at", f);
        sql.append(")");
      }
    } else {
      sql.append("SELECT mm.id FROM member mm WHERE 1 = 1");
      range(sql, params, "mm.created_at", f);
    }
    return sql.toString();
  }

  private static void range(
      StringBuilder sql, List<Object> params, String column, InsightsFilter f) {
    if (f.from() != null) {
      sql.append(" AND ").append(column).append(" >= ?");
      params.add(utc(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND ").append(column).append(" < ?");
      params.add(utc(f.to()));
    }
  }

  /** Members of a programme's mentorships, either side, as a subquery; empty without one. */
  private static String programmeMembers(InsightsFilter f, String column, List<Object> params) {
    if (f.programmeId() == null) {
      return "";
    }
    params.add(f.programmeId());
    params.add(f.programmeId());
    return " AND "
        + column
        + " IN (SELECT x.mentor_id FROM mentorship x WHERE x.programme_id = ?"
        + " UNION SELECT x.mentee_id FROM mentorship x WHERE x.programme_id = ?)";
  }

  private KpiView.TimeToFirstMatch timeToFirstMatch(Connection c, InsightsFilter f)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = "";
    if (f.programmeId() != null) {
      where = " WHERE programme_id = ?";
      params.add(f.programmeId());
    }
    String sql =
        "SELECT fm.first_start, p.created_at, r.first_request FROM (SELECT mentee_id,"
            + " MIN(started_at) AS first_start FROM mentorship"
            + where
            + " GROUP BY mentee_id) fm LEFT JOIN mentee_profile p ON p.id = fm.mentee_id"
            + " LEFT JOIN (SELECT mentee_id, MIN(created_at) AS first_request FROM"
            + " mentorship_request GROUP BY mentee_id) r ON r.mentee_id = fm.mentee_id";
    List<Double> days = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Instant matched = instant(rs, 1);
        if (!f.contains(matched)) {
          continue;
        }
        Instant profile = instant(rs, 2);
        Instant request = instant(rs, 3);
        Instant since =
            profile == null
                ? request
                : request == null || profile.isBefore(request) ? profile : request;
        if (since == null) {
          continue;
        }
        long seconds = Math.max(0, Duration.between(since, matched).getSeconds());
        days.add(seconds / 86_400.0);
      }
    }
    return new KpiView.TimeToFirstMatch(
        days.size(),
        Stats.round(Stats.percentile(days, 0.5), 2),
        Stats.round(Stats.percentile(days, 0.9), 2));
  }

  private KpiView.CheckInMinutes checkInMinutes(Connection c, InsightsFilter f)
      throws SQLException {
    Instant now = clock.instant();
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT m.id, m.started_at, m.ended_at FROM mentorship m WHERE 1 = 1");
    if (f.programmeId() != null) {
      sql.append(" AND m.programme_id = ?");
      params.add(f.programmeId());
    }
    if (f.to() != null) {
      sql.append(" AND m.started_at < ?");
      params.add(utc(f.to()));
    }
    if (f.from() != null) {
      sql.append(" AND (m.ended_at IS NULL OR m.ended_at >= ?)");
      params.add(utc(f.from()));
    }
    Map<String, Boolean> included = new HashMap<>();
    long months = 0;
    try (PreparedStatement s = prepare(c, sql.toString(), params);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        int m = Stats.mentorshipMonths(instant(rs, 2), instant(rs, 3), f.from(), f.to(), now);
        if (m > 0) {
          included.put(rs.getString(1), true);
          months += m;
        }
      }
    }
    long minutes = 0;
    List<Object> checkParams = new ArrayList<>();
    StringBuilder checks =
        new StringBuilder("SELECT ci.mentorship_id, ci.minutes FROM check_in ci WHERE 1 = 1");
    if (f.from() != null) {
      checks.append(" AND ci.held_on >= ?");
      checkParams.add(LocalDate.ofInstant(f.from(), ZoneOffset.UTC));
    }
    if (f.to() != null) {
      checks.append(" AND ci.held_on < ?");
      checkParams.add(LocalDate.ofInstant(f.to().minusNanos(1), ZoneOffset.UTC).plusDays(1));
    }
    try (PreparedStatement s = prepare(c, checks.toString(), checkParams);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        if (included.containsKey(rs.getString(1))) {
          minutes += rs.getInt(2);
        }
      }
    }
    return new KpiView.CheckInMinutes(
        included.size(),
        months,
        minutes,
        months == 0 ? null : Stats.round(minutes / (double) months, 2),
        mentorshipsConfig.monthlyMinutesTarget());
  }

  private KpiView.GoalAchievement goalAchievement(Connection c, InsightsFilter f)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT COUNT(*), SUM(CASE WHEN g.status = 'ACHIEVED' THEN 1 ELSE 0 END) FROM"
                + " mentorship_goal g JOIN mentorship m ON m.id = g.mentorship_id WHERE 1 = 1");
    if (f.programmeId() != null) {
      sql.append(" AND m.programme_id = ?");
      params.add(f.programmeId());
    }
    range(sql, params, "g.created_at", f);
    try (PreparedStatement s = prepare(c, sql.toString(), params);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      long goals = rs.getLong(1);
      long achieved = rs.getLong(2);
      return new KpiView.GoalAchievement(goals, achieved, Stats.share(achieved, goals));
    }
  }

  private List<KpiView.TrackCompletion> trainingCompletion(Connection c, InsightsFilter f)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.track_slug, COUNT(*), SUM(CASE WHEN e.completed_at IS NOT NULL THEN 1 ELSE 0"
                + " END) FROM training_enrollment e WHERE 1 = 1");
    range(sql, params, "e.enrolled_at", f);
    sql.append(programmeMembers(f, "e.member_id", params));
    sql.append(" GROUP BY e.track_slug");
    Map<String, long[]> bySlug = new HashMap<>();
    try (PreparedStatement s = prepare(c, sql.toString(), params);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        bySlug.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    List<KpiView.TrackCompletion> tracks = new ArrayList<>();
    for (Track track : training.tracks()) {
      long[] n = bySlug.getOrDefault(track.slug(), new long[2]);
      tracks.add(
          new KpiView.TrackCompletion(
              track.slug(), track.title(), n[0], n[1], Stats.share(n[1], n[0])));
    }
    return tracks;
  }

  private KpiView.WebinarAttendance webinarAttendance(Connection c, InsightsFilter f)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM webinar_attendance a WHERE"
                + " a.session_id = r.session_id AND a.member_id = r.member_id AND a.attended ="
                + " TRUE) THEN 1 ELSE 0 END) FROM webinar_registration r JOIN webinar_session s"
                + " ON s.id = r.session_id WHERE r.status = 'REGISTERED' AND s.status <>"
                + " 'CANCELLED' AND s.ends_at <= ?");
    params.add(utc(clock.instant()));
    range(sql, params, "s.starts_at", f);
    sql.append(programmeMembers(f, "r.member_id", params));
    try (PreparedStatement s = prepare(c, sql.toString(), params);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      long registrations = rs.getLong(1);
      long attended = rs.getLong(2);
      return new KpiView.WebinarAttendance(
          registrations, attended, Stats.share(attended, registrations));
    }
  }

  private List<KpiView.SurveyScore> surveyScores(Connection c, InsightsFilter f)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT ss.survey_id, a.item_id, COUNT(*), SUM(a.score) FROM survey_answer a JOIN"
                + " survey_send ss ON ss.id = a.send_id WHERE a.score IS NOT NULL");
    range(sql, params, "ss.answered_at", f);
    if (f.programmeId() != null) {
      sql.append(
          " AND ss.mentorship_id IN (SELECT m.id FROM mentorship m WHERE m.programme_id = ?)");
      params.add(f.programmeId());
    }
    sql.append(" GROUP BY ss.survey_id, a.item_id");
    Map<String, long[]> byItem = new HashMap<>();
    try (PreparedStatement s = prepare(c, sql.toString(), params);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        byItem.put(
            rs.getString(1) + "|" + rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
      }
    }
    List<KpiView.SurveyScore> scores = new ArrayList<>();
    for (Survey survey : surveys.all()) {
      for (SurveyItem item : survey.items()) {
        long[] n = byItem.get(survey.id() + "|" + item.id());
        if (item instanceof LikertItem && n != null && n[0] > 0) {
          scores.add(
              new KpiView.SurveyScore(
                  survey.id(),
                  survey.moment().name(),
                  item.id(),
                  item.text(),
                  n[0],
                  Stats.round(n[1] / (double) n[0], 2)));
        }
      }
    }
    return scores;
  }

  private KpiView.ReportResolution reportResolution(Connection c, InsightsFilter f)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT opened_at, closed_at FROM moderation_case WHERE closed_at IS NOT NULL");
    range(sql, params, "closed_at", f);
    List<Double> hours = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql.toString(), params);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        hours.add(Duration.between(instant(rs, 1), instant(rs, 2)).getSeconds() / 3600.0);
      }
    }
    return new KpiView.ReportResolution(
        hours.size(),
        Stats.round(Stats.percentile(hours, 0.5), 2),
        Stats.round(Stats.percentile(hours, 0.9), 2));
  }

  private void requireProgramme(InsightsFilter f) {
    if (f.programmeId() != null && !programmes.exists(f.programmeId())) {
      throw new ResourceNotFoundException("programme", f.programmeId());
    }
  }

  private static long count(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
    return s;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
