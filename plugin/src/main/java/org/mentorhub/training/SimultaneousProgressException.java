package org.mentorhub.training;

import org.mentorhub.platform.problem.ConflictException;

/**
 * Another request recorded the same enrolment or step at the same moment (a double click, two
 * tabs); the losing request is refused instead of failing with a duplicate key.
 */
public class SimultaneousProgressException extends ConflictException {

  private final String trackSlug;

  public SimultaneousProgressException(String trackSlug) {
    super(
        "Your progress in the track '"
            + trackSlug
            + "' was changed by another request at the same time. Reload it and try again.");
    this.trackSlug = trackSlug;
  }

  public String trackSlug() {
    return trackSlug;
  }
}
