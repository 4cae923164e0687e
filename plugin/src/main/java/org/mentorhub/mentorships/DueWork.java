package org.mentorhub.mentorships;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorhub.content.Survey;
import org.mentorhub.content.SurveyMoment;

/**
 * The follow-up that happens without anyone asking: programme surveys when they fall due, a notice
 * when a check-in is overdue, and a nudge for quiet mentorships two-thirds into a programme. Runs
 * every 15 minutes on each node; {@link DueClaims} makes every step once-only across nodes. Admins
 * can run it for a given instant, which is also how tests move time forward.
 */
@ApplicationScoped
public class DueWork {

  private static final Logger LOG = Logger.getLogger(DueWork.class.getName());

  @Inject DueClaims claims;
  @Inject ProgrammeSurveys surveys;
  @Inject MentorshipsConfig config;

  public Views.DueWorkResult run(Instant at) {
    int sent = 0;
    int overdue = 0;
    int nudged = 0;
    LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
    for (DueClaims.Candidate c : claims.candidates(at)) {
      for (SurveySchedule.Due due :
          SurveySchedule.due(c.startedAt(), c.status(), c.endedAt(), c.programme(), at)) {
        sent += send(c, c.mentorId(), "MENTOR", due, at);
        sent += send(c, c.menteeId(), "MENTEE", due, at);
      }
      LocalDate started = LocalDate.ofInstant(c.startedAt(), ZoneOffset.UTC);
      LocalDate nextDue = new CheckInCadence(c.cadenceDays()).nextDue(started, c.lastCheckIn());
      if (CheckInCadence.overdue(c.status(), nextDue, today)
          && !nextDue.equals(c.overdueNoticedFor())
          && attempt(() -> claims.noticeOverdue(c, nextDue, at))) {
        overdue++;
      }
      if (quietAtTwoThirds(c, today, config.reengagementQuietDays())
          && c.nudgedAt() == null
          && attempt(() -> claims.nudge(c, at))) {
        nudged++;
      }
    }
    return new Views.DueWorkResult(at, sent, overdue, nudged);
  }

  /**
   * Whether a programme mentorship is open, the programme is past two-thirds and not over, and
   * there has been no check-in (or start) for {@code quietDays}.
   */
  static boolean quietAtTwoThirds(DueClaims.Candidate c, LocalDate today, int quietDays) {
    if (c.programme() == null || !c.status().holdsSeat()) {
      return false;
    }
    if (today.isBefore(c.programme().twoThirds()) || today.isAfter(c.programme().end())) {
      return false;
    }
    return daysSinceContact(c.startedAt(), c.lastCheckIn(), today) >= quietDays;
  }

  /** Days since the last check-in, or since the start when there has been none. */
  static long daysSinceContact(Instant startedAt, LocalDate lastCheckIn, LocalDate today) {
    LocalDate started = LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
    LocalDate last = lastCheckIn == null || lastCheckIn.isBefore(started) ? started : lastCheckIn;
    return ChronoUnit.DAYS.between(last, today);
  }

  private int send(
      DueClaims.Candidate c, String memberId, String role, SurveySchedule.Due due, Instant at) {
    if (c.sent().contains(DueClaims.Candidate.sentKey(memberId, due.moment()))) {
      return 0;
    }
    Optional<Survey> survey = surveys.forMoment(due.moment(), role);
    if (survey.isEmpty()) {
      return 0;
    }
    SurveyMoment moment = due.moment();
    return attempt(
            () -> claims.claimSurvey(c.id(), memberId, moment, survey.get().id(), due.dueAt(), at))
        ? 1
        : 0;
  }

  /** A claim another node won by a hair (a unique key on H2) is not an error; skip it. */
  private static boolean attempt(java.util.function.BooleanSupplier claim) {
    try {
      return claim.getAsBoolean();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "A due-work claim was lost to another node", e);
      return false;
    }
  }

  /** Runs the due work every 15 minutes. */
  @Singleton
  public static class Timer {
    @Inject DueWork work;
    @Inject Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runDueWork() {
      Views.DueWorkResult result = work.run(clock.instant());
      if (result.surveysSent() + result.overdueNotices() + result.reengagementNudges() > 0) {
        LOG.info(() -> "Mentorship follow-up: " + result);
      }
    }
  }
}
