package org.mentorhub.webinar.internal;

import java.net.URI;
import org.mentorhub.webinar.JitsiApiException;

/**
 * The final HTTP answer to a request, after any retries.
 *
 * @param method the HTTP method sent
 * @param uri the URI called
 * @param statusCode the status of the answer
 * @param body the body of the answer, empty when there was none
 */
public record RestResponse(String method, URI uri, int statusCode, String body) {

  public RestResponse {
    body = body == null ? "" : body;
  }

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return statusCode >= 200 && statusCode < 300;
  }

  /** Returns this answer if it is 2xx, otherwise throws it as a {@link JitsiApiException}. */
  public RestResponse requireSuccess() {
    if (!isSuccessful()) {
      throw new JitsiApiException(
          method + " " + uri + " answered HTTP " + statusCode, statusCode, body);
    }
    return this;
  }
}
