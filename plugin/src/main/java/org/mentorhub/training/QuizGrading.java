package org.mentorhub.training;

import static java.util.Objects.requireNonNull;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.content.InvalidAnswerException;
import org.mentorhub.content.Question;
import org.mentorhub.content.QuizResult;
import org.mentorhub.content.QuizStep;
import org.mentorhub.platform.problem.InvalidRequestException;

/**
 * A quiz attempt graded on the server, with the feedback of each chosen option and the answers as
 * JSON for keeping.
 *
 * @param answersJson the chosen option ids per question, as stored with the attempt
 */
record QuizGrading(
    QuizResult result, List<QuizAttemptView.QuestionFeedback> feedback, String answersJson) {

  /**
   * Grades the answers; an unanswered question counts as wrong.
   *
   * @throws InvalidRequestException naming {@code answers.<questionId>} when an answer names an
   *     unknown question or option, gives a single-choice question several options, or holds a null
   *     option id
   */
  static QuizGrading grade(QuizStep quiz, Map<String, List<String>> answers) {
    requireNonNull(quiz, "quiz");
    Map<String, List<String>> checked = new LinkedHashMap<>();
    requireNonNull(answers, "answers")
        .forEach(
            (questionId, options) -> {
              if (options != null && options.stream().anyMatch(o -> o == null)) {
                throw new InvalidRequestException(
                    "answers." + questionId, "option ids must not be null");
              }
              checked.put(questionId, options == null ? List.of() : List.copyOf(options));
            });
    QuizResult result;
    try {
      result = quiz.grade(checked);
    } catch (InvalidAnswerException e) {
      throw new InvalidRequestException("answers." + e.questionId(), e.getMessage());
    }
    List<QuizAttemptView.QuestionFeedback> feedback = new ArrayList<>();
    for (Question question : quiz.questions()) {
      List<String> chosen = checked.getOrDefault(question.id(), List.of());
      feedback.add(
          new QuizAttemptView.QuestionFeedback(
              question.id(),
              result.questions().get(question.id()).correct(),
              question.options().stream()
                  .filter(o -> chosen.contains(o.id()))
                  .map(o -> new QuizAttemptView.OptionFeedback(o.id(), o.feedback()))
                  .toList()));
    }
    return new QuizGrading(result, List.copyOf(feedback), toJson(checked));
  }

  private static String toJson(Map<String, List<String>> answers) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    answers.forEach(
        (questionId, options) -> {
          JsonArrayBuilder chosen = Json.createArrayBuilder();
          options.forEach(chosen::add);
          json.add(questionId, chosen);
        });
    return json.build().toString();
  }
}
