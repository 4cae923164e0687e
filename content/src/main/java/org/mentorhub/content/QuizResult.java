package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one quiz attempt.
 *
 * @param score the percentage of questions answered exactly right, rounded down
 * @param passed whether {@code score} reached the quiz's pass mark
 * @param questions per question id, in quiz order
 */
public record QuizResult(int score, boolean passed, Map<String, QuestionResult> questions) {

  public QuizResult {
    // A copy that keeps quiz order, so feedback is shown in the order the questions were asked.
    questions =
        Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(questions, "questions")));
  }

  /**
   * The outcome for one question.
   *
   * @param feedback the feedback of each option the member chose, in option order
   */
  public record QuestionResult(boolean correct, List<String> feedback) {

    public QuestionResult {
      feedback = List.copyOf(feedback);
    }
  }
}
