package org.mentorhub.directory;

import java.time.Instant;

/** A mentorship request as its mentor and mentee see it. */
public record MentorshipRequestView(
    String id,
    String mentorId,
    String menteeId,
    String ask,
    String offer,
    RequestStatus status,
    String reason,
    Instant createdAt,
    Instant expiresAt,
    Instant decidedAt) {

  static MentorshipRequestView of(MentorshipRequest r, Instant now) {
    return new MentorshipRequestView(
        r.id(),
        r.mentorId(),
        r.menteeId(),
        r.ask(),
        r.offer(),
        r.statusAt(now),
        r.reason(),
        r.createdAt(),
        r.expiresAt(),
        r.decidedAt());
  }
}
