package org.mentorhub.webinars;

import jakarta.ws.rs.core.Response.Status;
import org.mentorhub.platform.problem.ApiException;

/** Jitsi is not configured on this server, so meetings cannot be joined or webhooks checked. */
public class WebinarsUnavailableException extends ApiException {
  public WebinarsUnavailableException(String missingKey) {
    super(
        Status.SERVICE_UNAVAILABLE,
        "Webinars are not set up on this server: the setting " + missingKey + " is missing.");
  }
}
