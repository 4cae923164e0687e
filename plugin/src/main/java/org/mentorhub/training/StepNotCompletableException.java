package org.mentorhub.training;

import org.mentorhub.platform.problem.ConflictException;

/**
 * A step that completes in its own way: a quiz by a passing attempt, a webinar step by attending a
 * session, never by a request to mark it done.
 */
public class StepNotCompletableException extends ConflictException {

  private final String trackSlug;
  private final String stepId;

  public StepNotCompletableException(String trackSlug, String stepId, String how) {
    super("The step '" + stepId + "' cannot be completed by hand: " + how);
    this.trackSlug = trackSlug;
    this.stepId = stepId;
  }

  public String trackSlug() {
    return trackSlug;
  }

  public String stepId() {
    return stepId;
  }
}
