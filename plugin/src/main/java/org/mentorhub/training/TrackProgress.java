package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.mentorhub.content.Step;
import org.mentorhub.content.Track;

/**
 * A member's progress through the current version of a track.
 *
 * <p>Counted against the steps the track has now, from the step ids the member has completed at any
 * time: a step removed by a content update stops counting, a new step starts as not done, and every
 * other completed step carries over.
 *
 * @param enrolled whether the member has enrolled in the track
 * @param completedSteps how many of the track's current steps the member has completed
 * @param totalSteps how many steps the track has now
 * @param percent {@code completedSteps} as a whole percentage, rounded down
 * @param completed whether the member has completed the track (it stays so after content updates)
 * @param completedAt when the track was completed, or null
 * @param certificateCode the code anyone can verify the certificate with, or null
 */
public record TrackProgress(
    boolean enrolled,
    int completedSteps,
    int totalSteps,
    int percent,
    boolean completed,
    Instant completedAt,
    String certificateCode) {

  /** Progress of a member who has not enrolled, from the steps they completed anyway. */
  static TrackProgress notEnrolled(Track track, Collection<String> completedStepIds) {
    return of(track, completedStepIds, false, null, null);
  }

  /** Progress from the completed step ids and the enrolment's completion, if any. */
  static TrackProgress of(
      Track track,
      Collection<String> completedStepIds,
      boolean enrolled,
      Instant completedAt,
      String certificateCode) {
    requireNonNull(track, "track");
    Set<String> done = Set.copyOf(completedStepIds);
    int completed = (int) track.steps().stream().map(Step::id).filter(done::contains).count();
    int total = track.steps().size();
    return new TrackProgress(
        enrolled,
        completed,
        total,
        total == 0 ? 0 : completed * 100 / total,
        completedAt != null,
        completedAt,
        certificateCode);
  }

  /** Whether every current step is done, so an enrolled member has earned the track. */
  boolean allStepsDone() {
    return completedSteps == totalSteps;
  }
}
