package org.mentorhub.training;

/**
 * The training insights as RFC 4180 CSV for spreadsheets: one row per track (kind {@code track})
 * followed by one row per step, each with the track's enrolments and that row's completions.
 */
final class TrainingInsightsCsv {

  static final String HEADER = "track,track_title,step,kind,step_title,enrolled,completed";

  private TrainingInsightsCsv() {}

  static String of(TrainingInsightsView insights) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (TrainingInsightsView.TrackInsight track : insights.tracks()) {
      row(csv, track, "", "track", "", track.completed());
      for (TrainingInsightsView.StepInsight step : track.steps()) {
        row(csv, track, step.id(), step.kind(), step.title(), step.completed());
      }
    }
    return csv.toString();
  }

  private static void row(
      StringBuilder csv,
      TrainingInsightsView.TrackInsight track,
      String stepId,
      String kind,
      String stepTitle,
      long completed) {
    csv.append(field(track.slug()))
        .append(',')
        .append(field(track.title()))
        .append(',')
        .append(field(stepId))
        .append(',')
        .append(kind)
        .append(',')
        .append(field(stepTitle))
        .append(',')
        .append(track.enrolled())
        .append(',')
        .append(completed)
        .append("\r\n");
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
