package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.mentorhub.content.Step;
import org.mentorhub.content.Track;
import org.mentorhub.content.WebinarKind;
import org.mentorhub.content.WebinarStep;

/** A step named by its track and id, the key progress is stored under. */
record StepRef(String trackSlug, String stepId) {

  StepRef {
    requireNonNull(trackSlug, "trackSlug");
    requireNonNull(stepId, "stepId");
  }

  /** Every webinar step, in any track, that attending a session of this kind completes. */
  static List<StepRef> webinarSteps(List<Track> tracks, WebinarKind kind) {
    List<StepRef> steps = new ArrayList<>();
    for (Track track : tracks) {
      for (Step step : track.steps()) {
        if (step instanceof WebinarStep webinar && webinar.webinarKind() == kind) {
          steps.add(new StepRef(track.slug(), step.id()));
        }
      }
    }
    return steps;
  }
}
