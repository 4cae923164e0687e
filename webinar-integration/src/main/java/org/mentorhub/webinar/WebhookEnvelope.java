package org.mentorhub.webinar;

import java.time.Instant;

/**
 * The top-level fields JaaS sends with every webhook event; any of them may be null when JaaS
 * leaves it out.
 *
 * @param idempotencyKey identifies the delivery; a repeated key is a duplicate to ignore
 * @param customerId the JaaS tenant
 * @param appId the app ({@code vpaas-magic-cookie-...}) the meeting belongs to
 * @param eventType the event type as sent, e.g. {@code PARTICIPANT_JOINED}
 * @param sessionId the meeting session
 * @param timestamp when the event happened; order events by this, not by arrival
 * @param fqn the meeting's fully qualified name, {@code <appId>/<room>}
 */
public record WebhookEnvelope(
    String idempotencyKey,
    String customerId,
    String appId,
    String eventType,
    String sessionId,
    Instant timestamp,
    String fqn) {

  /** The room name part of {@link #fqn()}, or null when there is none. */
  public String room() {
    if (fqn == null) {
      return null;
    }
    int slash = fqn.indexOf('/');
    return slash < 0 ? fqn : fqn.substring(slash + 1);
  }
}
