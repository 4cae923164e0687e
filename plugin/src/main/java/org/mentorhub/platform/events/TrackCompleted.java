package org.mentorhub.platform.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A member completed every step of a training track; the directory lists a mentor once they have
 * completed {@code mentoring-foundations}.
 */
public record TrackCompleted(String memberId, String trackSlug, Instant at) {
  public TrackCompleted {
    requireNonNull(memberId, "memberId");
    requireNonNull(trackSlug, "trackSlug");
    requireNonNull(at, "at");
  }
}
