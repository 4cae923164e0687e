package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A win worth celebrating, shown to both sides: a goal reached its target or a milestone. */
@Entity
@Table(name = "mentorship_achievement")
public class Achievement {

  static final String GOAL = "GOAL";
  static final String MILESTONE = "MILESTONE";

  @Id private String id;

  @Column(name = "mentorship_id", nullable = false)
  private String mentorshipId;

  @Column(name = "goal_id", nullable = false)
  private String goalId;

  @Column(name = "milestone_id")
  private String milestoneId;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String title;

  @Column(name = "achieved_at", nullable = false)
  private Instant achievedAt;

  protected Achievement() {}

  Achievement(
      String mentorshipId,
      String goalId,
      String milestoneId,
      String kind,
      String title,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.mentorshipId = mentorshipId;
    this.goalId = goalId;
    this.milestoneId = milestoneId;
    this.kind = kind;
    this.title = title;
    this.achievedAt = now;
  }

  String id() {
    return id;
  }

  String goalId() {
    return goalId;
  }

  String milestoneId() {
    return milestoneId;
  }

  String kind() {
    return kind;
  }

  String title() {
    return title;
  }

  Instant achievedAt() {
    return achievedAt;
  }
}
