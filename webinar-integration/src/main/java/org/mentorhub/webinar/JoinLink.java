package org.mentorhub.webinar;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;

/**
 * A ready-to-open meeting URL with its embedded join token.
 *
 * @param url the meeting URL, token included as the {@code jwt} query parameter
 * @param token the signed join token, for embedding with the IFrame API instead of the URL
 * @param expiresAt when the token stops being accepted
 * @param moderator whether the token makes its holder a moderator
 */
public record JoinLink(URI url, String token, Instant expiresAt, boolean moderator) {

  public JoinLink {
    requireNonNull(url, "url");
    requireNonNull(token, "token");
    requireNonNull(expiresAt, "expiresAt");
  }

  /** Leaves the token out, because it is a credential and strings end up in logs. */
  @Override
  public String toString() {
    return "JoinLink[room URL="
        + url.getScheme()
        + "://"
        + url.getRawAuthority()
        + url.getRawPath()
        + ", expiresAt="
        + expiresAt
        + ", moderator="
        + moderator
        + "]";
  }
}
