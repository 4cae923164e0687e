package org.mentorhub.webinars;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.mentorhub.platform.problem.ConflictException;

/**
 * The session cannot be joined now: too early (with when it opens, also as {@code Retry-After}),
 * over, or cancelled.
 */
public class JoinWindowClosedException extends ConflictException {

  private final Instant opensAt;
  private final Instant now;

  private JoinWindowClosedException(String detail, Instant opensAt, Instant now) {
    super(detail);
    this.opensAt = opensAt;
    this.now = now;
  }

  static JoinWindowClosedException notYet(String sessionId, Instant opensAt, Instant now) {
    return new JoinWindowClosedException(
        "Session '" + sessionId + "' opens for joining at " + opensAt + ".", opensAt, now);
  }

  static JoinWindowClosedException over(String sessionId, Instant endedAt) {
    return new JoinWindowClosedException(
        "Session '" + sessionId + "' ended at " + endedAt + ".", null, null);
  }

  static JoinWindowClosedException cancelled(String sessionId) {
    return new JoinWindowClosedException("Session '" + sessionId + "' was cancelled.", null, null);
  }

  /** When the room opens, or null if it will not. */
  public Instant opensAt() {
    return opensAt;
  }

  @Override
  public Response toResponse() {
    Response.ResponseBuilder response = toProblem().toResponseBuilder();
    if (opensAt != null) {
      long seconds = Math.max(1, Duration.between(now, opensAt).toSeconds());
      response.header(HttpHeaders.RETRY_AFTER, seconds);
    }
    return response.build();
  }
}
