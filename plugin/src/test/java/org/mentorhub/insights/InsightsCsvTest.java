package org.mentorhub.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InsightsCsvTest {

  @Test
  void theFunnelHasOneRowPerStageWithEmptySharesForNull() {
    FunnelView funnel =
        new FunnelView(
            null,
            null,
            null,
            List.of(
                new FunnelView.Stage("members", "Members", 4, null, 1.0),
                new FunnelView.Stage("menteeProfiles", "Mentee profiles", 2, 0.5, 0.5)));
    assertThat(InsightsCsv.funnel(funnel))
        .isEqualTo(
            "stage,label,count,share_of_previous,share_of_first\r\n"
                + "members,Members,4,,1.0\r\n"
                + "menteeProfiles,Mentee profiles,2,0.5,0.5\r\n");
  }

  @Test
  void kpisAreOneNumberPerRow() {
    KpiView k =
        new KpiView(
            "p",
            null,
            null,
            new KpiView.TimeToFirstMatch(2, 1.5, 3.0),
            new KpiView.CheckInMinutes(1, 2, 90, 45.0, 120),
            new KpiView.GoalAchievement(2, 1, 0.5),
            List.of(new KpiView.TrackCompletion("feedback", "Feedback", 4, 1, 0.25)),
            new KpiView.WebinarAttendance(0, 0, null),
            List.of(new KpiView.SurveyScore("end", "END", "recommend", "How likely", 2, 4.5)),
            new KpiView.ReportResolution(0, null, null));
    String csv = InsightsCsv.kpis(k);
    assertThat(csv).startsWith("kpi,dimension,value\r\n");
    assertThat(csv)
        .contains("time_to_first_match,median_days,1.5\r\n")
        .contains("check_in_minutes,per_mentorship_month,45.0\r\n")
        .contains("goal_achievement,rate,0.5\r\n")
        .contains("training_completion,feedback:rate,0.25\r\n")
        .contains("webinar_attendance,rate,\r\n")
        .contains("survey_score,end:recommend:mean,4.5\r\n")
        .contains("report_resolution,median_hours,\r\n");
  }

  @Test
  void datesAsFiltersCoverWholeDays() {
    InsightsFilter f = InsightsFilter.parse(null, "2026-11-01", "2026-11-30");
    assertThat(f.from()).hasToString("2026-11-01T00:00:00Z");
    assertThat(f.to()).hasToString("2026-12-01T00:00:00Z");
    assertThat(InsightsFilter.parse("", "2026-11-23T17:00:00Z", null).programmeId()).isNull();
  }
}
