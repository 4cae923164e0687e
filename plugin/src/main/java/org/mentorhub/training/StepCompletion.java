package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A step a member has completed, keyed by track slug and step id so it survives content updates
 * that keep the id; a reflection's answer is kept here, private to the member.
 */
@Entity
@Table(name = "training_step_completion")
public class StepCompletion {

  @Id private String id;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Column(name = "track_slug", nullable = false)
  private String trackSlug;

  @Column(name = "step_id", nullable = false)
  private String stepId;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  private String answer;

  @Version private long version;

  protected StepCompletion() {}

  static StepCompletion of(
      String memberId, String trackSlug, String stepId, String answer, Instant now) {
    StepCompletion completion = new StepCompletion();
    completion.id = UUID.randomUUID().toString();
    completion.memberId = requireNonNull(memberId, "memberId");
    completion.trackSlug = requireNonNull(trackSlug, "trackSlug");
    completion.stepId = requireNonNull(stepId, "stepId");
    completion.completedAt = requireNonNull(now, "now");
    completion.answer = answer;
    return completion;
  }

  /** A member may rewrite a reflection; the step stays completed from the first answer. */
  void reviseAnswer(String newAnswer) {
    answer = requireNonNull(newAnswer, "newAnswer");
  }

  String trackSlug() {
    return trackSlug;
  }

  String stepId() {
    return stepId;
  }

  Instant completedAt() {
    return completedAt;
  }

  String answer() {
    return answer;
  }
}
