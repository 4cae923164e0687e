package org.mentorhub.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.mentorhub.platform.problem.ConflictException;

/** A mentee's specific ask of one mentor, and the mentor's answer. */
@Entity
@Table(name = "mentorship_request")
public class MentorshipRequest {

  @Id private String id;

  @Column(name = "mentor_id", nullable = false)
  private String mentorId;

  @Column(name = "mentee_id", nullable = false)
  private String menteeId;

  @Column(nullable = false)
  private String ask;

  private String offer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestStatus status;

  private String reason;

  /** "mentor|mentee" while open, else null: a unique key allows one open request per pair. */
  @Column(name = "open_pair")
  private String openPair;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected MentorshipRequest() {}

  static MentorshipRequest open(
      String mentorId, String menteeId, String ask, String offer, Instant now, Instant expiresAt) {
    MentorshipRequest request = new MentorshipRequest();
    request.id = UUID.randomUUID().toString();
    request.mentorId = mentorId;
    request.menteeId = menteeId;
    request.ask = ask.strip();
    request.offer = offer == null || offer.isBlank() ? null : offer.strip();
    request.status = RequestStatus.PENDING;
    request.openPair = mentorId + "|" + menteeId;
    request.createdAt = now;
    request.expiresAt = expiresAt;
    return request;
  }

  /** The status as of {@code now}: a pending request past its expiry counts as expired. */
  RequestStatus statusAt(Instant now) {
    return status == RequestStatus.PENDING && !now.isBefore(expiresAt)
        ? RequestStatus.EXPIRED
        : status;
  }

  void accept(Instant now) {
    requirePending(now, "accepted");
    status = RequestStatus.ACCEPTED;
    decidedAt = now;
  }

  void decline(String why, Instant now) {
    requirePending(now, "declined");
    close(RequestStatus.DECLINED, why, now);
  }

  void withdraw(Instant now) {
    requirePending(now, "withdrawn");
    close(RequestStatus.WITHDRAWN, null, now);
  }

  private void close(RequestStatus to, String why, Instant now) {
    status = to;
    reason = why == null || why.isBlank() ? null : why.strip();
    openPair = null;
    decidedAt = now;
  }

  private void requirePending(Instant now, String verb) {
    RequestStatus current = statusAt(now);
    if (current != RequestStatus.PENDING) {
      throw new ConflictException(
          "The request is " + current.name().toLowerCase() + " and can no longer be " + verb + ".");
    }
  }

  public String id() {
    return id;
  }

  public String mentorId() {
    return mentorId;
  }

  public String menteeId() {
    return menteeId;
  }

  public String ask() {
    return ask;
  }

  public String offer() {
    return offer;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
