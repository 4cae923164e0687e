package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One graded quiz attempt, kept whether it passed or not; never changed once written. */
@Entity
@Table(name = "training_quiz_attempt")
public class QuizAttempt {

  @Id private String id;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Column(name = "track_slug", nullable = false)
  private String trackSlug;

  @Column(name = "step_id", nullable = false)
  private String stepId;

  /** The chosen option ids per question, as JSON, so staff can see which answers people pick. */
  @Column(nullable = false)
  private String answers;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false)
  private boolean passed;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  protected QuizAttempt() {}

  static QuizAttempt record(
      String memberId,
      String trackSlug,
      String stepId,
      String answersJson,
      int score,
      boolean passed,
      Instant now) {
    QuizAttempt attempt = new QuizAttempt();
    attempt.id = UUID.randomUUID().toString();
    attempt.memberId = requireNonNull(memberId, "memberId");
    attempt.trackSlug = requireNonNull(trackSlug, "trackSlug");
    attempt.stepId = requireNonNull(stepId, "stepId");
    attempt.answers = requireNonNull(answersJson, "answersJson");
    attempt.score = score;
    attempt.passed = passed;
    attempt.attemptedAt = requireNonNull(now, "now");
    return attempt;
  }

  String id() {
    return id;
  }
}
