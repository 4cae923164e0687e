package org.mentorhub.mentorships;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Response bodies of the mentorship endpoints; records, so entities never leave the service. */
public final class Views {

  private Views() {}

  /** One line of {@code GET /mentorships}. */
  public record MentorshipSummary(
      String id,
      String mentorId,
      String mentorName,
      String menteeId,
      String menteeName,
      String myRole,
      String status,
      String programmeId,
      Instant startedAt,
      LocalDate nextCheckInDue,
      boolean overdue) {}

  /** {@code GET /mentorships/{id}}: everything both sides see. */
  public record MentorshipDetail(
      String id,
      String mentorId,
      String mentorName,
      String menteeId,
      String menteeName,
      String myRole,
      String status,
      String endReason,
      String programmeId,
      Instant startedAt,
      Instant endedAt,
      CheckInStatus checkIns,
      List<GoalView> goals,
      List<AchievementView> achievements,
      List<NextStepView> openNextSteps,
      List<CheckInView> history) {}

  /** Cadence, when the next check-in is due, and minutes this month against the target. */
  public record CheckInStatus(
      int cadenceDays,
      LocalDate lastCheckIn,
      LocalDate nextCheckInDue,
      boolean overdue,
      int minutesThisMonth,
      int monthlyMinutesTarget) {}

  public record Measure(String name, String unit, BigDecimal target, BigDecimal baseline) {}

  public record GoalView(
      String id,
      String statement,
      Measure measure,
      String why,
      LocalDate targetDate,
      String status,
      BigDecimal currentValue,
      Instant achievedAt,
      List<MilestoneView> milestones,
      List<ProgressView> progress) {}

  public record MilestoneView(String id, String title, LocalDate dueDate, Instant reachedAt) {}

  public record ProgressView(
      String id, BigDecimal value, String note, String authorId, Instant recordedAt) {}

  public record AchievementView(
      String id,
      String kind,
      String goalId,
      String milestoneId,
      String title,
      Instant achievedAt) {}

  public record CheckInView(
      String id,
      LocalDate date,
      int minutes,
      String discussed,
      String authorId,
      Instant createdAt,
      List<NextStepView> nextSteps) {}

  public record NextStepView(
      String id,
      String checkInId,
      String text,
      String owner,
      LocalDate dueDate,
      boolean overdue,
      Instant doneAt) {}

  /** A progress update's result: the goal, and any achievement it just earned. */
  public record ProgressResult(GoalView goal, AchievementView achievement) {}

  public record ProgrammeView(
      String id,
      String name,
      LocalDate startDate,
      LocalDate endDate,
      LocalDate midPoint,
      LocalDate twoThirds,
      long mentorships) {}

  /** {@code GET /admin/programmes/{id}/re-engagement}. */
  public record ReengagementView(
      String programmeId,
      LocalDate twoThirds,
      boolean reached,
      List<QuietMentorship> mentorships) {}

  public record QuietMentorship(
      String mentorshipId,
      String mentorId,
      String menteeId,
      String status,
      LocalDate lastCheckIn,
      long daysSinceContact,
      Instant nudgedAt) {}

  /** A survey waiting for (or answered by) the calling member. */
  public record MySurvey(
      String id,
      String mentorshipId,
      String surveyId,
      String moment,
      String title,
      String intro,
      Instant dueAt,
      Instant answeredAt,
      List<SurveyItemView> items) {}

  public record SurveyItemView(
      String id, String kind, String text, List<String> labels, boolean required) {}

  /** What a run of the due work did. */
  public record DueWorkResult(
      Instant at, int surveysSent, int overdueNotices, int reengagementNudges) {}

  /** Survey results for staff, in aggregate only. */
  public record SurveyResults(
      String surveyId, String title, String moment, long responses, List<ItemResult> items) {}

  public record ItemResult(
      String itemId,
      String kind,
      String text,
      long responses,
      Double mean,
      List<Long> distribution,
      List<String> comments) {}

  /** Export of one member's share of mentorships. */
  public record Export(
      List<Map<String, Object>> mentorships,
      List<Map<String, Object>> goals,
      List<Map<String, Object>> progress,
      List<Map<String, Object>> checkIns,
      List<Map<String, Object>> surveys) {}
}
