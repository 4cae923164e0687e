package org.mentorhub.webinar;

/** Root of every unchecked exception this library throws while talking to or hearing from Jitsi. */
public class JitsiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JitsiException(String message) {
    super(message);
  }

  public JitsiException(String message, Throwable cause) {
    super(message, cause);
  }
}
