package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorhub.platform.problem.ConflictException;

/** A mentor and a mentee working together after an accepted request, until it ends. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

  @Id private String id;

  @Column(name = "request_id")
  private String requestId;

  @Column(name = "mentor_id", nullable = false)
  private String mentorId;

  @Column(name = "mentee_id", nullable = false)
  private String menteeId;

  @Column(name = "programme_id")
  private String programmeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MentorshipStatus status;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "cadence_days", nullable = false)
  private int cadenceDays;

  @Column(name = "overdue_noticed_for")
  private LocalDate overdueNoticedFor;

  @Column(name = "reengagement_nudged_at")
  private Instant reengagementNudgedAt;

  @Version private long version;

  protected Mentorship() {}

  static Mentorship start(
      String requestId, String mentorId, String menteeId, int cadenceDays, Instant now) {
    Mentorship m = new Mentorship();
    m.id = UUID.randomUUID().toString();
    m.requestId = requestId;
    m.mentorId = mentorId;
    m.menteeId = menteeId;
    m.status = MentorshipStatus.ACTIVE;
    m.startedAt = now;
    m.cadenceDays = cadenceDays;
    return m;
  }

  boolean involves(String memberId) {
    return mentorId.equals(memberId) || menteeId.equals(memberId);
  }

  /** MENTOR or MENTEE for one of the two members, else null. */
  String roleOf(String memberId) {
    if (mentorId.equals(memberId)) {
      return "MENTOR";
    }
    return menteeId.equals(memberId) ? "MENTEE" : null;
  }

  void pause() {
    require(MentorshipStatus.ACTIVE, "paused");
    status = MentorshipStatus.PAUSED;
  }

  void resume() {
    require(MentorshipStatus.PAUSED, "resumed");
    status = MentorshipStatus.ACTIVE;
  }

  void finish(MentorshipStatus to, String reason, Instant now) {
    if (!status.holdsSeat()) {
      throw new ConflictException(
          "The mentorship has already ended (" + status.name().toLowerCase() + ").");
    }
    status = to;
    endReason = reason == null || reason.isBlank() ? null : reason.strip();
    endedAt = now;
  }

  void requireOpen() {
    if (!status.holdsSeat()) {
      throw new ConflictException(
          "The mentorship has ended; its goals and check-ins can be read but not changed.");
    }
  }

  private void require(MentorshipStatus expected, String verb) {
    if (status != expected) {
      throw new ConflictException(
          "The mentorship is " + status.name().toLowerCase() + " and cannot be " + verb + ".");
    }
  }

  void cadence(int days) {
    cadenceDays = days;
  }

  void programme(String programmeId) {
    this.programmeId = programmeId;
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

  public String programmeId() {
    return programmeId;
  }

  public MentorshipStatus status() {
    return status;
  }

  String endReason() {
    return endReason;
  }

  public Instant startedAt() {
    return startedAt;
  }

  Instant endedAt() {
    return endedAt;
  }

  int cadenceDays() {
    return cadenceDays;
  }

  LocalDate overdueNoticedFor() {
    return overdueNoticedFor;
  }

  Instant reengagementNudgedAt() {
    return reengagementNudgedAt;
  }
}
