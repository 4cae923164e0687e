package org.mentorhub.training;

import org.mentorhub.platform.problem.ResourceNotFoundException;

/** No track in the catalog has this slug. */
public class UnknownTrackException extends ResourceNotFoundException {
  public UnknownTrackException(String slug) {
    super("track", slug);
  }
}
