package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentorhub.platform.problem.ConflictException;

/**
 * A programme survey sent to one member of a mentorship at one moment. Rows are inserted by the
 * due-work claim with plain SQL (see {@link DueWork}), never through this entity.
 */
@Entity
@Table(name = "survey_send")
public class SurveySend {

  @Id private String id;

  @Column(name = "mentorship_id", nullable = false)
  private String mentorshipId;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Column(nullable = false)
  private String moment;

  @Column(name = "survey_id", nullable = false)
  private String surveyId;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected SurveySend() {}

  void answered(Instant now) {
    if (answeredAt != null) {
      throw new ConflictException("You already answered this survey; thank you.");
    }
    answeredAt = now;
  }

  String id() {
    return id;
  }

  String mentorshipId() {
    return mentorshipId;
  }

  String memberId() {
    return memberId;
  }

  String moment() {
    return moment;
  }

  String surveyId() {
    return surveyId;
  }

  Instant dueAt() {
    return dueAt;
  }

  Instant sentAt() {
    return sentAt;
  }

  Instant answeredAt() {
    return answeredAt;
  }
}
