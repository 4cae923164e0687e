package org.mentorhub.training;

import java.util.List;

/** How many members enrolled in and completed each track and each of its steps. */
public record TrainingInsightsView(List<TrackInsight> tracks) {

  /** One track: enrolments, completions, and completions per current step (where people stop). */
  public record TrackInsight(
      String slug, String title, long enrolled, long completed, List<StepInsight> steps) {}

  /** Enrolled members who completed this step. */
  public record StepInsight(String id, String kind, String title, long completed) {}
}
