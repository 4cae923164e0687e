package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorhub.platform.problem.ConflictException;

/** An agreed next step with an owner; it stays open across check-ins until marked done. */
@Entity
@Table(name = "next_step")
public class NextStep {

  @Id private String id;

  @Column(name = "mentorship_id", nullable = false)
  private String mentorshipId;

  @Column(name = "check_in_id", nullable = false)
  private String checkInId;

  @Column(name = "step_text", nullable = false)
  private String text;

  @Column(name = "owner_role", nullable = false)
  private String owner;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by")
  private String doneBy;

  protected NextStep() {}

  NextStep(String mentorshipId, String checkInId, String text, String owner, LocalDate dueDate) {
    this.id = UUID.randomUUID().toString();
    this.mentorshipId = mentorshipId;
    this.checkInId = checkInId;
    this.text = text.strip();
    this.owner = owner;
    this.dueDate = dueDate;
  }

  void done(String memberId, Instant now) {
    if (doneAt != null) {
      throw new ConflictException("This next step was already marked done.");
    }
    doneAt = now;
    doneBy = memberId;
  }

  String id() {
    return id;
  }

  String mentorshipId() {
    return mentorshipId;
  }

  String checkInId() {
    return checkInId;
  }

  String text() {
    return text;
  }

  String owner() {
    return owner;
  }

  LocalDate dueDate() {
    return dueDate;
  }

  Instant doneAt() {
    return doneAt;
  }
}
