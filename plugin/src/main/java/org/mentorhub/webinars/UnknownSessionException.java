package org.mentorhub.webinars;

import org.mentorhub.platform.problem.ResourceNotFoundException;

/** No webinar session has this id. */
public class UnknownSessionException extends ResourceNotFoundException {
  public UnknownSessionException(String sessionId) {
    super("webinar session", sessionId);
  }
}
