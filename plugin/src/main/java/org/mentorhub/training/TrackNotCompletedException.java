package org.mentorhub.training;

import org.mentorhub.platform.problem.ConflictException;

/** A certificate exists only once every step of the track is done. */
public class TrackNotCompletedException extends ConflictException {

  private final String trackSlug;

  public TrackNotCompletedException(String trackSlug, TrackProgress progress) {
    super(
        "The track '"
            + trackSlug
            + "' is not complete yet ("
            + progress.completedSteps()
            + " of "
            + progress.totalSteps()
            + " steps done); its certificate is issued when every step is done.");
    this.trackSlug = trackSlug;
  }

  public String trackSlug() {
    return trackSlug;
  }
}
