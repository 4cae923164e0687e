package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** The request is well formed but the current state of things does not allow it. */
public class ConflictException extends ApiException {
  public ConflictException(String detail) {
    super(Status.CONFLICT, detail);
  }
}
