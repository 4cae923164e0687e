package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A quiz, passed when the share of exactly-right questions reaches the pass mark.
 *
 * @param passMark the percentage (1..100) needed to pass
 */
public record QuizStep(String id, String title, int passMark, List<Question> questions)
    implements Step {

  public QuizStep {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    questions = List.copyOf(questions);
  }

  @Override
  public StepKind kind() {
    return StepKind.QUIZ;
  }

  /** The question with this id, if the quiz has one. */
  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /**
   * Grades an attempt; an unanswered question counts as wrong.
   *
   * @param answers chosen option ids per question id
   * @throws InvalidAnswerException if the attempt names an unknown question or option, or gives a
   *     single-choice question more than one option
   */
  public QuizResult grade(Map<String, ? extends Collection<String>> answers) {
    requireNonNull(answers, "answers");
    for (String questionId : answers.keySet()) {
      if (question(questionId).isEmpty()) {
        throw new InvalidAnswerException(
            questionId, null, "quiz " + id + " has no question " + questionId);
      }
    }
    Map<String, QuizResult.QuestionResult> results = new LinkedHashMap<>();
    int right = 0;
    for (Question question : questions) {
      Collection<String> chosen = answers.get(question.id());
      QuizResult.QuestionResult result =
          question.grade(chosen == null ? Set.of() : new LinkedHashSet<>(chosen));
      results.put(question.id(), result);
      if (result.correct()) {
        right++;
      }
    }
    int score = questions.isEmpty() ? 0 : right * 100 / questions.size();
    return new QuizResult(score, score >= passMark, results);
  }
}
