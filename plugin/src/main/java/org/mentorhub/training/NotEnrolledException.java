package org.mentorhub.training;

import org.mentorhub.platform.problem.ConflictException;

/** Steps are taken, and certificates earned, only in a track the member has enrolled in. */
public class NotEnrolledException extends ConflictException {

  private final String trackSlug;

  public NotEnrolledException(String trackSlug) {
    super(
        "You have not enrolled in the track '"
            + trackSlug
            + "': POST /api/v1/tracks/"
            + trackSlug
            + "/enrollment first.");
    this.trackSlug = trackSlug;
  }

  public String trackSlug() {
    return trackSlug;
  }
}
