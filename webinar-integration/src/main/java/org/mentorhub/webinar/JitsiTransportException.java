package org.mentorhub.webinar;

/** A request got no HTTP answer at all: the connection failed, timed out or was interrupted. */
public final class JitsiTransportException extends JitsiException {

  private static final long serialVersionUID = 1L;

  public JitsiTransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
