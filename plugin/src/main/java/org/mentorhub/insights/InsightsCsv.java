package org.mentorhub.insights;

/** Funnel and KPIs as RFC 4180 CSV for spreadsheets; an empty field is a null number. */
final class InsightsCsv {

  static final String FUNNEL_HEADER = "stage,label,count,share_of_previous,share_of_first";
  static final String KPI_HEADER = "kpi,dimension,value";
  private static final String EOL = "\r\n";

  private InsightsCsv() {}

  static String funnel(FunnelView funnel) {
    StringBuilder csv = new StringBuilder(FUNNEL_HEADER).append(EOL);
    for (FunnelView.Stage s : funnel.stages()) {
      csv.append(s.key())
          .append(',')
          .append(field(s.label()))
          .append(',')
          .append(s.count())
          .append(',')
          .append(number(s.shareOfPrevious()))
          .append(',')
          .append(number(s.shareOfFirst()))
          .append(EOL);
    }
    return csv.toString();
  }

  static String kpis(KpiView k) {
    StringBuilder csv = new StringBuilder(KPI_HEADER).append(EOL);
    row(csv, "time_to_first_match", "matches", k.timeToFirstMatch().matches());
    row(csv, "time_to_first_match", "median_days", k.timeToFirstMatch().medianDays());
    row(csv, "time_to_first_match", "p90_days", k.timeToFirstMatch().p90Days());
    row(csv, "check_in_minutes", "mentorships", k.checkInMinutes().mentorships());
    row(csv, "check_in_minutes", "mentorship_months", k.checkInMinutes().mentorshipMonths());
    row(csv, "check_in_minutes", "minutes", k.checkInMinutes().minutes());
    row(csv, "check_in_minutes", "per_mentorship_month", k.checkInMinutes().perMentorshipMonth());
    row(csv, "check_in_minutes", "monthly_target", k.checkInMinutes().monthlyTarget());
    row(csv, "goal_achievement", "goals", k.goalAchievement().goals());
    row(csv, "goal_achievement", "achieved", k.goalAchievement().achieved());
    row(csv, "goal_achievement", "rate", k.goalAchievement().rate());
    for (KpiView.TrackCompletion t : k.trainingCompletion()) {
      row(csv, "training_completion", t.track() + ":enrolled", t.enrolled());
      row(csv, "training_completion", t.track() + ":completed", t.completed());
      row(csv, "training_completion", t.track() + ":rate", t.rate());
    }
    row(csv, "webinar_attendance", "registrations", k.webinarAttendance().registrations());
    row(csv, "webinar_attendance", "attended", k.webinarAttendance().attended());
    row(csv, "webinar_attendance", "rate", k.webinarAttendance().rate());
    for (KpiView.SurveyScore s : k.surveyScores()) {
      String key = s.surveyId() + ":" + s.itemId();
      row(csv, "survey_score", key + ":responses", s.responses());
      row(csv, "survey_score", key + ":mean", s.mean());
    }
    row(csv, "report_resolution", "resolved", k.reportResolution().resolved());
    row(csv, "report_resolution", "median_hours", k.reportResolution().medianHours());
    row(csv, "report_resolution", "p90_hours", k.reportResolution().p90Hours());
    return csv.toString();
  }

  /** A number, or an empty field for null. */
  private static void row(StringBuilder csv, String kpi, String dimension, Object value) {
    csv.append(kpi)
        .append(',')
        .append(field(dimension))
        .append(',')
        .append(value == null ? "" : value.toString())
        .append(EOL);
  }

  private static String number(Double value) {
    return value == null ? "" : value.toString();
  }

  /** Quotes a field when it holds a comma, quote or line break, doubling inner quotes. */
  static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
