package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

/** A webhook request could not be proven to come from JaaS; {@link #reason()} says why. */
public final class WebhookVerificationException extends JitsiException {

  private static final long serialVersionUID = 1L;

  /** Why a webhook signature was refused. */
  public enum Reason {
    /** The {@code X-Jaas-Signature} header is absent or blank. */
    MISSING_HEADER,
    /** The header is not {@code t=<seconds>,v1=<base64>[,v1=...]}. */
    MALFORMED_HEADER,
    /** No {@code v1} signature matches the body under any configured secret. */
    NO_MATCHING_SIGNATURE,
    /** The signed timestamp is older than the tolerance allows: a possible replay. */
    STALE_TIMESTAMP,
    /** The signed timestamp lies further in the future than the tolerance allows. */
    FUTURE_TIMESTAMP
  }

  private final Reason reason;

  public WebhookVerificationException(Reason reason, String message) {
    super(message);
    this.reason = requireNonNull(reason, "reason");
  }

  /** Why the request was refused. */
  public Reason reason() {
    return reason;
  }
}
