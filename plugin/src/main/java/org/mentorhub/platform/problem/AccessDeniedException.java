package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** The caller is known but may not do this. */
public class AccessDeniedException extends ApiException {
  public AccessDeniedException(String detail) {
    super(Status.FORBIDDEN, detail);
  }
}
