package org.mentorhub.webinars;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member's seat in a session, or their place in its waitlist. */
@Entity
@Table(name = "webinar_registration")
public class Registration {

  @Id private String id;

  @Column(name = "session_id", nullable = false)
  private String sessionId;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status;

  /** Order in the waitlist (first come, first served); null once registered. */
  @Column(name = "waitlist_seq")
  private Long waitlistNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Registration() {}

  static Registration registered(String sessionId, String memberId, Instant now) {
    return create(sessionId, memberId, RegistrationStatus.REGISTERED, null, now);
  }

  static Registration waitlisted(String sessionId, String memberId, long number, Instant now) {
    return create(sessionId, memberId, RegistrationStatus.WAITLISTED, number, now);
  }

  private static Registration create(
      String sessionId, String memberId, RegistrationStatus status, Long number, Instant now) {
    Registration registration = new Registration();
    registration.id = UUID.randomUUID().toString();
    registration.sessionId = requireNonNull(sessionId, "sessionId");
    registration.memberId = requireNonNull(memberId, "memberId");
    registration.status = status;
    registration.waitlistNumber = number;
    registration.createdAt = now;
    registration.updatedAt = now;
    return registration;
  }

  /** Moves a waitlisted member into a freed seat. */
  void promote(Instant now) {
    status = RegistrationStatus.REGISTERED;
    waitlistNumber = null;
    updatedAt = now;
  }

  public String sessionId() {
    return sessionId;
  }

  public String memberId() {
    return memberId;
  }

  public RegistrationStatus status() {
    return status;
  }

  public boolean isRegistered() {
    return status == RegistrationStatus.REGISTERED;
  }

  public Long waitlistNumber() {
    return waitlistNumber;
  }
}
