package org.mentorhub.training;

import java.util.List;

/**
 * A graded quiz attempt: the score, whether it passed, and per question whether it was right with
 * the feedback of each option the member chose.
 */
public record QuizAttemptView(
    String attemptId,
    int score,
    boolean passed,
    int passMark,
    List<QuestionFeedback> feedback,
    TrackProgress progress) {

  /** The outcome of one question. */
  public record QuestionFeedback(
      String questionId, boolean correct, List<OptionFeedback> options) {}

  /** Why a chosen option is or is not right. */
  public record OptionFeedback(String optionId, String feedback) {}
}
