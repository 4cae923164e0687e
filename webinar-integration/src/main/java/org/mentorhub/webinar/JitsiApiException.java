package org.mentorhub.webinar;

/** A JaaS or Prosody HTTP endpoint answered with a status other than 2xx. */
public final class JitsiApiException extends JitsiException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String responseBody;

  public JitsiApiException(String message, int statusCode, String responseBody) {
    super(message);
    this.statusCode = statusCode;
    this.responseBody = responseBody == null ? "" : responseBody;
  }

  /** The HTTP status of the last answer received. */
  public int statusCode() {
    return statusCode;
  }

  /** The body of the last answer received, empty when there was none. */
  public String responseBody() {
    return responseBody;
  }
}
