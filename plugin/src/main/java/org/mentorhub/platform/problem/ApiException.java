package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The root of every failure a feature reports on purpose; each subclass names its case and carries
 * what identifies it, and the mapper turns it into a problem document.
 */
public abstract class ApiException extends RuntimeException {

  private final Response.StatusType status;

  protected ApiException(Response.StatusType status, String detail) {
    super(detail);
    this.status = status;
  }

  public Response.StatusType status() {
    return status;
  }

  /** Fields at fault, for 400/422 cases; empty otherwise. */
  public List<Violation> violations() {
    return List.of();
  }

  /** The problem document for this failure; subclasses add headers through {@link #toResponse}. */
  public Problem toProblem() {
    return Problem.invalid(status, getMessage(), violations());
  }

  public jakarta.ws.rs.core.Response toResponse() {
    return toProblem().toResponseBuilder().build();
  }
}
