package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorhub.platform.problem.ConflictException;

/** A dated step on the way to a goal; reaching it is celebrated like the goal itself. */
@Entity
@Table(name = "goal_milestone")
public class Milestone {

  @Id private String id;

  @Column(name = "goal_id", nullable = false)
  private String goalId;

  @Column(nullable = false)
  private int ord;

  @Column(nullable = false)
  private String title;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "reached_at")
  private Instant reachedAt;

  protected Milestone() {}

  Milestone(String goalId, int ord, String title, LocalDate dueDate) {
    this.id = UUID.randomUUID().toString();
    this.goalId = goalId;
    this.ord = ord;
    this.title = title.strip();
    this.dueDate = dueDate;
  }

  void reach(Instant now) {
    if (reachedAt != null) {
      throw new ConflictException("This milestone was already reached on " + reachedAt + ".");
    }
    reachedAt = now;
  }

  String id() {
    return id;
  }

  String goalId() {
    return goalId;
  }

  int ord() {
    return ord;
  }

  String title() {
    return title;
  }

  LocalDate dueDate() {
    return dueDate;
  }

  Instant reachedAt() {
    return reachedAt;
  }
}
