package org.mentorhub.insights;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** The programme KPIs; null numbers mean there was no data to compute them from. */
@JsonbNillable
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

  @JsonbNillable
  public record TimeToFirstMatch(long matches, Double medianDays, Double p90Days) {}

  @JsonbNillable
  public record CheckInMinutes(
      long mentorships,
      long mentorshipMonths,
      long minutes,
      Double perMentorshipMonth,
      int monthlyTarget) {}

  @JsonbNillable
  public record GoalAchievement(long goals, long achieved, Double rate) {}

  @JsonbNillable
  public record TrackCompletion(
      String track, String title, long enrolled, long completed, Double rate) {}

  @JsonbNillable
  public record WebinarAttendance(long registrations, long attended, Double rate) {}

  @JsonbNillable
  public record SurveyScore(
      String surveyId, String moment, String itemId, String text, long responses, Double mean) {}

  @JsonbNillable
  public record ReportResolution(long resolved, Double medianHours, Double p90Hours) {}
}
