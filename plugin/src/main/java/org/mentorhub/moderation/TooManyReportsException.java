package org.mentorhub.moderation;

import jakarta.ws.rs.core.Response;
import org.mentorhub.platform.problem.ApiException;

/** A reporter hit the hourly limit: 429 with Retry-After in seconds. */
public class TooManyReportsException extends ApiException {

  private final long retryAfterSeconds;

  public TooManyReportsException(long retryAfterSeconds) {
    super(
        Response.Status.TOO_MANY_REQUESTS,
        "You have filed many reports in the last hour; you can report again in "
            + retryAfterSeconds
            + " seconds. If someone is in danger, contact the community's staff directly.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public Response toResponse() {
    return toProblem().toResponseBuilder().header("Retry-After", retryAfterSeconds).build();
  }
}
