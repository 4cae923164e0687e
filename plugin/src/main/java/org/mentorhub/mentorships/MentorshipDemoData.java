package org.mentorhub.mentorships;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.mentorhub.content.ContentLoader;
import org.mentorhub.content.LikertItem;
import org.mentorhub.content.Survey;
import org.mentorhub.content.SurveyItem;
import org.mentorhub.content.SurveyMoment;

/**
 * Demo mentorships for a fresh demo database, so the mentorship screens and the insights have real
 * figures on first start: a programme two-thirds through, requests (some accepted, some not),
 * mentorships in every state with SMART goals, progress, milestones, check-ins with next steps, and
 * survey answers. Engagement varies on purpose: most pairs meet regularly, some sag after the first
 * weeks, a few never meet, as programmes see. Plain JDBC batches in the loader's transaction, so it
 * stays well under a second.
 */
public final class MentorshipDemoData {

  private static final String[][] GOALS = {
    {
      "Win repeat wholesale orders from local cafes",
      "repeat cafe orders a month",
      "orders",
      "2",
      "12"
    },
    {"Cut the time to send invoices after a job", "days from job to invoice", "days", "14", "2"},
    {
      "Grow the newsletter into a sales channel",
      "newsletter subscribers",
      "subscribers",
      "150",
      "600"
    },
    {"Raise the average order value of the web shop", "average order value", "EUR", "38", "50"},
    {"Bring gross margin on catering jobs to target", "gross margin on catering", "%", "22", "35"},
    {"Hire and onboard a first part-time employee", "onboarding steps done", "steps", "0", "5"},
    {
      "Sign service contracts with small offices",
      "signed maintenance contracts",
      "contracts",
      "0",
      "6"
    },
    {"Reduce unpaid invoices older than 30 days", "overdue receivables", "GBP", "9000", "2000"}
  };
  private static final String[] TOPICS = {
    "Reviewed last month's numbers and where the margin leaks.",
    "Walked through the pricing sheet line by line and agreed what to test.",
    "Role-played the call with the wholesale buyer; worked on the opening question.",
    "Talked about saying no to low-value custom work.",
    "Looked at the cash-flow forecast for the next quarter.",
    "Discussed hiring: job description, hours, and a trial period.",
    "Planned the newsletter calendar and one offer per issue.",
    "Reflected on what went well since the last session and what got in the way."
  };
  private static final String[] STEPS = {
    "Send the new price list to three cafes",
    "Draft the job description and share it",
    "Set up automatic invoice reminders",
    "Introduce the mentee to a supplier contact",
    "Write down the three numbers to watch weekly",
    "Book the next session in the calendar"
  };
  private static final String[] END_REASONS = {
    "The mentee paused the business for family reasons.",
    "Our schedules stopped matching after the mentor changed jobs.",
    "The goal turned out to need a specialist in export law."
  };
  private static final String[] COMMENTS = {
    "Having dates on every next step made the difference.",
    "We met less often than planned in the busy season.",
    "More practical examples on pricing would help.",
    "The mid-point survey reminded us to reset the goal."
  };

  private MentorshipDemoData() {}

  /**
   * Writes demo mentorships between mentor {@code i} and mentee {@code i} for the first {@code
   * count} of each (fewer when there are fewer people); returns how many were written.
   */
  public static int write(
      Connection c,
      IntFunction<String> mentorId,
      IntFunction<String> menteeId,
      int count,
      int mentors,
      int mentees,
      long seed,
      Instant now)
      throws SQLException {
    Random random = new Random(seed);
    // The surveys only: the shipped content is validated by its own build and at deployment.
    List<Survey> surveys = ContentLoader.fromClasspath().load().surveys();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    String programmeId = UUID.randomUUID().toString();
    LocalDate programmeStart = today.minusDays(100);
    LocalDate programmeEnd = today.plusDays(50);
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO programme (id, name, start_date, end_date, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 1)")) {
      p.setString(1, programmeId);
      p.setString(2, "Demo cohort: growing small businesses");
      p.setObject(3, programmeStart);
      p.setObject(4, programmeEnd);
      p.setObject(5, utc(now));
      p.executeUpdate();
    }
    ProgrammeCalendar calendar = new ProgrammeCalendar(programmeStart, programmeEnd);
    try (Batches b = new Batches(c)) {
      count = Math.min(count, Math.min(mentors, mentees));
      for (int i = 1; i <= count; i++) {
        String mentor = mentorId.apply(i);
        String mentee = menteeId.apply(i);
        boolean inProgramme = i <= count * 2 / 3;
        Instant started =
            inProgramme
                ? calendar
                    .start()
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .plus(hours(random, 24 * 30))
                : now.minus(Duration.ofDays(10 + random.nextInt(120)));
        Instant profileAt = started.minus(hours(random, 24 * 25)).minus(Duration.ofHours(6));
        Instant requestAt = profileAt.plus(hours(random, 24 * 6));
        if (requestAt.isAfter(started)) {
          requestAt = started.minus(Duration.ofHours(2));
        }
        b.update("UPDATE mentee_profile SET created_at = ? WHERE id = ?", utc(profileAt), mentee);
        b.update("UPDATE member SET created_at = ? WHERE id = ?", utc(profileAt), mentee);
        String requestId = UUID.randomUUID().toString();
        b.request(requestId, mentor, mentee, "ACCEPTED", requestAt, started);

        int roll = random.nextInt(100);
        String status =
            roll < 70 ? "ACTIVE" : roll < 78 ? "PAUSED" : roll < 90 ? "COMPLETED" : "ENDED_EARLY";
        Instant ended = null;
        if (status.equals("COMPLETED") || status.equals("ENDED_EARLY")) {
          long open = Duration.between(started, now).toHours();
          ended =
              started.plus(
                  Duration.ofHours(
                      Math.max(24, open / 2 + random.nextInt((int) Math.max(1, open / 2)))));
        }
        int engagement = random.nextInt(100); // <60 engaged, <85 sagging, else never met
        String id = UUID.randomUUID().toString();
        b.mentorship(
            id,
            requestId,
            mentor,
            mentee,
            inProgramme ? programmeId : null,
            status,
            status.equals("ENDED_EARLY") ? END_REASONS[random.nextInt(END_REASONS.length)] : null,
            started,
            ended);

        Instant until = ended == null ? now : ended;
        LocalDate lastDay = LocalDate.ofInstant(until, ZoneOffset.UTC);
        LocalDate day =
            LocalDate.ofInstant(started, ZoneOffset.UTC).plusDays(3 + random.nextInt(6));
        LocalDate stopAt =
            engagement < 60
                ? lastDay
                : engagement < 85
                    ? LocalDate.ofInstant(started, ZoneOffset.UTC).plusDays(35)
                    : LocalDate.MIN;
        List<String> openSteps = new ArrayList<>();
        while (!day.isAfter(lastDay) && !day.isAfter(stopAt) && !day.isAfter(today)) {
          String checkIn = UUID.randomUUID().toString();
          b.checkIn(
              checkIn,
              id,
              day,
              30 + 15 * random.nextInt(5),
              TOPICS[random.nextInt(TOPICS.length)],
              random.nextBoolean() ? mentor : mentee,
              day.atTime(18, 0).toInstant(ZoneOffset.UTC));
          openSteps.clear();
          for (int s = 0; s < 1 + random.nextInt(2); s++) {
            String owner = random.nextBoolean() ? "MENTEE" : "MENTOR";
            String step = UUID.randomUUID().toString();
            openSteps.add(step);
            b.nextStep(
                step, id, checkIn, STEPS[random.nextInt(STEPS.length)], owner, day.plusDays(10));
          }
          day = day.plusDays(10 + random.nextInt(9));
          // Most steps from earlier check-ins are done by the next one.
          if (!day.isAfter(lastDay) && !day.isAfter(stopAt) && !day.isAfter(today)) {
            for (String step : openSteps) {
              if (random.nextInt(5) != 0) {
                b.update(
                    "UPDATE next_step SET done_at = ?, done_by = ? WHERE id = ?",
                    utc(day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                    mentee,
                    step);
              }
            }
          }
        }

        for (int g = 0; g < 1 + random.nextInt(2); g++) {
          String[] t = GOALS[random.nextInt(GOALS.length)];
          double baseline = Double.parseDouble(t[3]);
          double target = Double.parseDouble(t[4]);
          Instant created = started.plus(Duration.ofDays(3));
          LocalDate targetDate = LocalDate.ofInstant(started, ZoneOffset.UTC).plusDays(150);
          double reach =
              engagement < 60 ? 0.4 + random.nextDouble() * 0.8 : random.nextDouble() * 0.6;
          int updates = engagement < 85 ? 2 + random.nextInt(3) : 0;
          String goalId = UUID.randomUUID().toString();
          double value = baseline;
          Instant achievedAt = null;
          List<Object[]> progress = new ArrayList<>();
          for (int u = 1; u <= updates; u++) {
            value = baseline + (target - baseline) * reach * u / updates;
            Instant at = created.plus(Duration.ofDays(12L * u));
            if (at.isAfter(until)) {
              break;
            }
            progress.add(new Object[] {Math.round(value * 100) / 100.0, at});
            if (achievedAt == null
                && Goal.reaches(
                    java.math.BigDecimal.valueOf(baseline),
                    java.math.BigDecimal.valueOf(target),
                    java.math.BigDecimal.valueOf(Math.round(value * 100) / 100.0))) {
              achievedAt = at;
            }
          }
          double current =
              progress.isEmpty() ? baseline : (Double) progress.get(progress.size() - 1)[0];
          b.goal(goalId, id, t, baseline, target, current, targetDate, achievedAt, mentee, created);
          for (Object[] pr : progress) {
            b.progress(goalId, (Double) pr[0], mentee, (Instant) pr[1]);
          }
          if (achievedAt != null) {
            b.achievement(id, goalId, null, "GOAL", "Goal reached: " + t[0], achievedAt);
          }
          for (int ms = 0; ms < 2; ms++) {
            String milestoneId = UUID.randomUUID().toString();
            LocalDate due = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(40L * (ms + 1));
            Instant reached =
                reach > 0.35 * (ms + 1)
                        && due.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(until)
                    ? due.atStartOfDay(ZoneOffset.UTC).toInstant()
                    : null;
            String title =
                ms == 0 ? "First half of the way to the target" : "Plan reviewed with a customer";
            b.milestone(milestoneId, goalId, ms, title, due, reached);
            if (reached != null) {
              b.achievement(
                  id, goalId, milestoneId, "MILESTONE", "Milestone reached: " + title, reached);
            }
          }
        }

        for (Survey survey : surveys) {
          Instant due = null;
          if (survey.moment() == SurveyMoment.EARLY_CHECK) {
            Instant at = started.plus(SurveySchedule.EARLY_FROM);
            due = at.isBefore(until) ? at : null;
          } else if (survey.moment() == SurveyMoment.MID_POINT && inProgramme) {
            Instant at = SurveySchedule.startOf(calendar.midPoint());
            due = at.isBefore(until) && at.isAfter(started) ? at : null;
          } else if (survey.moment() == SurveyMoment.END && !inProgramme && ended != null) {
            due = ended;
          }
          if (due == null) {
            continue;
          }
          for (String member : List.of(mentor, mentee)) {
            boolean answers = random.nextInt(100) < (engagement < 85 ? 75 : 30);
            String send = UUID.randomUUID().toString();
            b.send(send, id, member, survey, due, answers ? due.plus(Duration.ofDays(2)) : null);
            if (!answers) {
              continue;
            }
            for (SurveyItem item : survey.items()) {
              if (item instanceof LikertItem) {
                int base = engagement < 60 ? 4 : engagement < 85 ? 3 : 2;
                b.answer(
                    send, item.id(), Math.max(1, Math.min(5, base + random.nextInt(3) - 1)), null);
              } else if (random.nextInt(3) == 0) {
                b.answer(send, item.id(), null, COMMENTS[random.nextInt(COMMENTS.length)]);
              }
            }
          }
        }
      }
      // Requests that did not (yet) become mentorships, so the funnel narrows realistically.
      for (int i = count + 1; i <= Math.min(Math.min(mentors, mentees), count + count / 2); i++) {
        String mentee = menteeId.apply(i);
        String mentor = mentorId.apply(i);
        int roll = random.nextInt(3);
        Instant at = now.minus(Duration.ofDays(roll == 0 ? 2 : 20 + random.nextInt(30)));
        b.request(
            UUID.randomUUID().toString(),
            mentor,
            mentee,
            roll == 0 ? "PENDING" : roll == 1 ? "DECLINED" : "EXPIRED",
            at,
            roll == 0 ? null : at.plus(Duration.ofDays(3)));
      }
    }
    return count;
  }

  private static Duration hours(Random random, int max) {
    return Duration.ofHours(random.nextInt(max));
  }

  static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** One prepared batch per table, flushed at the end. */
  private static final class Batches implements AutoCloseable {
    private final Connection c;
    private final java.util.Map<String, PreparedStatement> statements =
        new java.util.LinkedHashMap<>();

    Batches(Connection c) {
      this.c = c;
    }

    private void add(String sql, Object... values) throws SQLException {
      PreparedStatement s = statements.get(sql);
      if (s == null) {
        s = c.prepareStatement(sql);
        statements.put(sql, s);
      }
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.addBatch();
    }

    void update(String sql, Object... values) throws SQLException {
      add(sql, values);
    }

    void request(
        String id, String mentor, String mentee, String status, Instant at, Instant decided)
        throws SQLException {
      add(
          "INSERT INTO mentorship_request (id, mentor_id, mentee_id, ask, offer, status, reason,"
              + " open_pair, created_at, expires_at, decided_at, version)"
              + " VALUES (?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, 1)",
          id,
          mentor,
          mentee,
          "I want help turning occasional customers into regular ones with a simple plan I can"
              + " follow each month, because sales swing too much.",
          status,
          status.equals("ACCEPTED") || status.equals("PENDING") ? mentor + "|" + mentee : null,
          utc(at),
          utc(at.plus(Duration.ofDays(14))),
          utc(decided));
    }

    void mentorship(
        String id,
        String requestId,
        String mentor,
        String mentee,
        String programme,
        String status,
        String reason,
        Instant started,
        Instant ended)
        throws SQLException {
      add(
          "INSERT INTO mentorship (id, request_id, mentor_id, mentee_id, programme_id, status,"
              + " end_reason, started_at, ended_at, cadence_days, version)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 14, 1)",
          id,
          requestId,
          mentor,
          mentee,
          programme,
          status,
          reason,
          utc(started),
          utc(ended));
    }

    void checkIn(
        String id,
        String mentorship,
        LocalDate day,
        int minutes,
        String text,
        String author,
        Instant at)
        throws SQLException {
      add(
          "INSERT INTO check_in (id, mentorship_id, held_on, minutes, discussed, author_id,"
              + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          id,
          mentorship,
          day,
          minutes,
          text,
          author,
          utc(at));
    }

    void nextStep(
        String id, String mentorship, String checkIn, String text, String owner, LocalDate due)
        throws SQLException {
      add(
          "INSERT INTO next_step (id, mentorship_id, check_in_id, step_text, owner_role, due_date)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          id,
          mentorship,
          checkIn,
          text,
          owner,
          due);
    }

    void goal(
        String id,
        String mentorship,
        String[] t,
        double baseline,
        double target,
        double current,
        LocalDate targetDate,
        Instant achievedAt,
        String author,
        Instant created)
        throws SQLException {
      add(
          "INSERT INTO mentorship_goal (id, mentorship_id, statement, measure_name, measure_unit,"
              + " target_amount, start_amount, current_amount, why_text, target_date, status,"
              + " achieved_at, created_by, created_at, version)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
          id,
          mentorship,
          t[0],
          t[1],
          t[2],
          java.math.BigDecimal.valueOf(target),
          java.math.BigDecimal.valueOf(baseline),
          java.math.BigDecimal.valueOf(current),
          "Steadier income would let the owner plan the next hire.",
          targetDate,
          achievedAt == null ? "OPEN" : "ACHIEVED",
          utc(achievedAt),
          author,
          utc(created));
    }

    void progress(String goal, double value, String author, Instant at) throws SQLException {
      add(
          "INSERT INTO goal_progress (id, goal_id, amount, note, author_id, recorded_at)"
              + " VALUES (?, ?, ?, NULL, ?, ?)",
          UUID.randomUUID().toString(),
          goal,
          java.math.BigDecimal.valueOf(value),
          author,
          utc(at));
    }

    void milestone(String id, String goal, int ord, String title, LocalDate due, Instant reached)
        throws SQLException {
      add(
          "INSERT INTO goal_milestone (id, goal_id, ord, title, due_date, reached_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          id,
          goal,
          ord,
          title,
          due,
          utc(reached));
    }

    void achievement(
        String mentorship, String goal, String milestone, String kind, String title, Instant at)
        throws SQLException {
      add(
          "INSERT INTO mentorship_achievement (id, mentorship_id, goal_id, milestone_id, kind,"
              + " title, achieved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          UUID.randomUUID().toString(),
          mentorship,
          goal,
          milestone,
          kind,
          title,
          utc(at));
    }

    void send(
        String id, String mentorship, String member, Survey survey, Instant due, Instant answered)
        throws SQLException {
      add(
          "INSERT INTO survey_send (id, mentorship_id, member_id, moment, survey_id, due_at,"
              + " sent_at, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          mentorship,
          member,
          survey.moment().name(),
          survey.id(),
          utc(due),
          utc(due),
          utc(answered));
    }

    void answer(String send, String item, Integer score, String text) throws SQLException {
      add(
          "INSERT INTO survey_answer (id, send_id, item_id, score, answer_text)"
              + " VALUES (?, ?, ?, ?, ?)",
          UUID.randomUUID().toString(),
          send,
          item,
          score,
          text);
    }

    /** Runs the batches in insertion order, which respects the foreign keys. */
    @Override
    public void close() throws SQLException {
      for (PreparedStatement s : statements.values()) {
        s.executeBatch();
        s.close();
      }
    }
  }
}
