package org.mentorhub.moderation;

import java.time.Instant;
import java.util.List;

/** What the moderation API answers. */
public final class ModerationViews {
  private ModerationViews() {}

  /** {@code POST /api/v1/reports} and {@code GET /api/v1/reports/mine}: status only. */
  public record MyReport(
      String reportId,
      TargetType targetType,
      String targetId,
      Category category,
      CaseStatus status,
      Instant createdAt) {}

  /** A case in the queue. */
  public record CaseSummary(
      String id,
      TargetType targetType,
      String targetId,
      CaseStatus status,
      int priority,
      int reportCount,
      List<Category> categories,
      String assignee,
      Instant openedAt,
      boolean overdue) {}

  /** A report as moderators see it. */
  public record ReportDetail(
      String id, String reporterId, Category category, String description, Instant createdAt) {}

  /** A case with its reports. */
  public record CaseDetail(
      CaseSummary summary,
      List<ReportDetail> reports,
      ModerationAction outcome,
      Instant closedAt) {}

  /** A page of the queue. */
  public record Queue(long total, int page, int size, List<CaseSummary> cases) {}

  /** Queue health for admins: how fast moderators act and resolve, in minutes. */
  public record Metrics(
      long openCases,
      long overdueCases,
      Double firstActionMedianMinutes,
      Double firstActionP90Minutes,
      Double resolutionMedianMinutes,
      Double resolutionP90Minutes) {}
}
