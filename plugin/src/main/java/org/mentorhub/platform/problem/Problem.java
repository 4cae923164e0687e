package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code violations} lists the offending fields of a bad request.
 *
 * <p>Null members are left out of the JSON, so a plain 404 carries no empty violation list.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<Violation> violations) {

  /** The media type every error of this API is sent with. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  public Problem {
    violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
  }

  /** A problem with no field violations. */
  public static Problem of(Response.StatusType status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  /** A 400 or 422 problem listing the fields that were wrong. */
  public static Problem invalid(
      Response.StatusType status, String detail, List<Violation> violations) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, violations);
  }

  /** This problem as a response builder, so callers can add headers such as Retry-After. */
  public Response.ResponseBuilder toResponseBuilder() {
    return Response.status(status).type(PROBLEM_JSON).entity(this);
  }

  public Response toResponse() {
    return toResponseBuilder().build();
  }
}
