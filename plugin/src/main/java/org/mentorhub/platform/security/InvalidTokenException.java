package org.mentorhub.platform.security;

/** A bearer token that cannot be trusted, with the reason a client developer needs to fix it. */
public class InvalidTokenException extends RuntimeException {

  /** Why the token was refused. */
  public enum Reason {
    MALFORMED,
    UNSUPPORTED_ALGORITHM,
    UNTRUSTED_ISSUER,
    BAD_SIGNATURE,
    EXPIRED,
    NOT_YET_VALID,
    MISSING_CLAIM
  }

  private final Reason reason;

  public InvalidTokenException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
