package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** The request body is larger than the configured limit. */
public class PayloadTooLargeException extends ApiException {
  public PayloadTooLargeException(long limitBytes) {
    super(
        Status.REQUEST_ENTITY_TOO_LARGE,
        "The request body is larger than the limit of " + limitBytes + " bytes.");
  }
}
