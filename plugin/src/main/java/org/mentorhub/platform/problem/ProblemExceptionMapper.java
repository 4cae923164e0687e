package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers every failure the resources do not handle with a problem document. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
  @Override
  public Response toResponse(Throwable exception) {
    return ThrowableProblems.toResponse(exception);
  }
}
