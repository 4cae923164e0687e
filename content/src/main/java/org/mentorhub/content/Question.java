package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A quiz question: single choice (exactly one correct option) or multiple choice (one or more).
 *
 * @param multiple whether the member may pick more than one option
 */
public record Question(String id, String text, boolean multiple, List<Option> options) {

  public Question {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    options = List.copyOf(options);
  }

  /** The option with this id, if the question has one. */
  public Optional<Option> option(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }

  /**
   * Grades one answer: right only if the chosen options are exactly the correct ones, so picking
   * every option of a multiple-choice question never scores.
   *
   * @throws InvalidAnswerException if an option id is unknown or a single-choice question gets more
   *     than one option
   */
  public QuizResult.QuestionResult grade(Set<String> chosenOptionIds) {
    requireNonNull(chosenOptionIds, "chosenOptionIds");
    if (!multiple && chosenOptionIds.size() > 1) {
      throw new InvalidAnswerException(id, null, "question " + id + " takes a single option");
    }
    for (String optionId : chosenOptionIds) {
      if (option(optionId).isEmpty()) {
        throw new InvalidAnswerException(
            id, optionId, "question " + id + " has no option " + optionId);
      }
    }
    boolean right = options.stream().allMatch(o -> o.correct() == chosenOptionIds.contains(o.id()));
    List<String> feedback =
        options.stream()
            .filter(o -> chosenOptionIds.contains(o.id()))
            .map(Option::feedback)
            .toList();
    return new QuizResult.QuestionResult(right && !chosenOptionIds.isEmpty(), feedback);
  }
}
