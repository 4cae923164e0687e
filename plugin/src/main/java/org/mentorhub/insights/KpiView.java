package org.mentorhub.insights;

import java.time.Instant;
import java.util.List;

/** The programme KPIs; null numbers mean there was no data to compute them from. */
public record KpiView(
    String programme,
    Instant from,
    Instant to,
    TimeToFirstMatch timeToFirstMatch,
    CheckInMinutes checkInMinutes,
    GoalAchievement goalAchievement,
    List<TrackCompletion> trainingCompletion,
    WebinarAttendance webinarAttendance,
    List<SurveyScore> surveyScores,
    ReportResolution reportResolution) {

  public record TimeToFirstMatch(long matches, Double medianDays, Double p90Days) {}

  public record CheckInMinutes(
      long mentorships,
      long mentorshipMonths,
      long minutes,
      Double perMentorshipMonth,
      int monthlyTarget) {}

  public record GoalAchievement(long goals, long achieved, Double rate) {}

  public record TrackCompletion(
      String track, String title, long enrolled, long completed, Double rate) {}

  public record WebinarAttendance(long registrations, long attended, Double rate) {}

  public record SurveyScore(
      String surveyId, String moment, String itemId, String text, long responses, Double mean) {}

  public record ReportResolution(long resolved, Double medianHours, Double p90Hours) {}
}
