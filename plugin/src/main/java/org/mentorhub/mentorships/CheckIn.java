package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A short record of one meeting: when, how long, what was discussed. Shared by both sides. */
@Entity
@Table(name = "check_in")
public class CheckIn {

  @Id private String id;

  @Column(name = "mentorship_id", nullable = false)
  private String mentorshipId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false)
  private int minutes;

  @Column(nullable = false)
  private String discussed;

  @Column(name = "author_id", nullable = false)
  private String authorId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CheckIn() {}

  CheckIn(
      String mentorshipId,
      LocalDate heldOn,
      int minutes,
      String discussed,
      String authorId,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.mentorshipId = mentorshipId;
    this.heldOn = heldOn;
    this.minutes = minutes;
    this.discussed = discussed.strip();
    this.authorId = authorId;
    this.createdAt = now;
  }

  String id() {
    return id;
  }

  LocalDate heldOn() {
    return heldOn;
  }

  int minutes() {
    return minutes;
  }

  String discussed() {
    return discussed;
  }

  String authorId() {
    return authorId;
  }

  Instant createdAt() {
    return createdAt;
  }
}
