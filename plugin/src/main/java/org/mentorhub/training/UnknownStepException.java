package org.mentorhub.training;

import org.mentorhub.platform.problem.ResourceNotFoundException;

/** The track has no step with this id (of the kind the request needs). */
public class UnknownStepException extends ResourceNotFoundException {

  private final String trackSlug;

  public UnknownStepException(String trackSlug, String kind, String stepId) {
    super(kind + " in track '" + trackSlug + "'", stepId);
    this.trackSlug = trackSlug;
  }

  public String trackSlug() {
    return trackSlug;
  }
}
