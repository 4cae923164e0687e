package org.mentorhub.webinars;

import jakarta.ws.rs.core.Response.Status;
import org.mentorhub.platform.problem.ApiException;

/** Jitsi is not configured on this server, so meetings cannot be joined or webhooks checked. */
public class WebinarsUnavailableException extends ApiException {

  private WebinarsUnavailableException(String detail) {
    super(Status.SERVICE_UNAVAILABLE, detail);
  }

  /** A required setting is absent. */
  public static WebinarsUnavailableException missing(String key) {
    return new WebinarsUnavailableException(
        "Webinars are not set up on this server: the setting " + key + " is missing.");
  }

  /** The settings are present but unusable, e.g. a key that is not RSA PEM. */
  public static WebinarsUnavailableException misconfigured(String why) {
    return new WebinarsUnavailableException(
        "Webinars are not set up correctly on this server: " + why);
  }
}
