package org.mentorhub.platform.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.mentorhub.platform.problem.ApiException;

/** No token, or one that cannot be trusted: 401 with a {@code WWW-Authenticate} challenge. */
public class NotAuthenticatedException extends ApiException {

  private final String oauthError;

  private NotAuthenticatedException(String detail, String oauthError) {
    super(Status.UNAUTHORIZED, detail);
    this.oauthError = oauthError;
  }

  public static NotAuthenticatedException missingToken() {
    return new NotAuthenticatedException(
        "This endpoint needs a bearer token from the host site (Authorization: Bearer <JWT>).",
        null);
  }

  public static NotAuthenticatedException invalidToken(String why) {
    return new NotAuthenticatedException(why, "invalid_token");
  }

  @Override
  public Response toResponse() {
    String challenge =
        oauthError == null
            ? "Bearer realm=\"mentorhub\""
            : "Bearer realm=\"mentorhub\", error=\"" + oauthError + "\"";
    return toProblem().toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
  }
}
