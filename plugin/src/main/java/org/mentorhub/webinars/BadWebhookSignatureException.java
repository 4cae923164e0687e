package org.mentorhub.webinars;

import jakarta.ws.rs.core.Response.Status;
import org.mentorhub.platform.problem.ApiException;

/** A webhook whose signature is missing, malformed, wrong or too old: 401. */
public class BadWebhookSignatureException extends ApiException {

  private final String reason;

  public BadWebhookSignatureException(String reason, String detail) {
    super(
        Status.UNAUTHORIZED, "The webhook signature was not accepted (" + reason + "): " + detail);
    this.reason = reason;
  }

  /** Why, as the verifier names it, e.g. {@code NO_MATCHING_SIGNATURE}. */
  public String reason() {
    return reason;
  }
}
