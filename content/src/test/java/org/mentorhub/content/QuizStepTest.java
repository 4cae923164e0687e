package org.mentorhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizStepTest {

  private final QuizStep quiz =
      new QuizStep(
          "check",
          "Check",
          50,
          List.of(
              new Question(
                  "single",
                  "Pick one",
                  false,
                  List.of(
                      new Option("a", "A", true, "A is right."),
                      new Option("b", "B", false, "B is wrong."))),
              new Question(
                  "multi",
                  "Pick all that apply",
                  true,
                  List.of(
                      new Option("x", "X", true, "X applies."),
                      new Option("y", "Y", true, "Y applies."),
                      new Option("z", "Z", false, "Z does not apply.")))));

  @Test
  void allRightScoresFullMarksAndPasses() {
    QuizResult result = quiz.grade(Map.of("single", List.of("a"), "multi", List.of("x", "y")));

    assertThat(result.score()).isEqualTo(100);
    assertThat(result.passed()).isTrue();
    assertThat(result.questions().keySet()).containsExactly("single", "multi");
  }

  @Test
  void multipleChoiceIsRightOnlyWithExactlyTheCorrectOptions() {
    assertThat(quiz.grade(Map.of("multi", List.of("x"))).questions().get("multi").correct())
        .isFalse();
    assertThat(
            quiz.grade(Map.of("multi", List.of("x", "y", "z"))).questions().get("multi").correct())
        .isFalse();
  }

  @Test
  void unansweredQuestionCountsAsWrong() {
    QuizResult result = quiz.grade(Map.of("single", List.of("a")));

    assertThat(result.score()).isEqualTo(50);
    assertThat(result.passed()).isTrue();
    assertThat(result.questions().get("multi").correct()).isFalse();
    assertThat(result.questions().get("multi").feedback()).isEmpty();
  }

  @Test
  void scoreBelowPassMarkFails() {
    QuizResult result = quiz.grade(Map.of("single", List.of("b")));

    assertThat(result.score()).isZero();
    assertThat(result.passed()).isFalse();
  }

  @Test
  void feedbackOfEveryChosenOptionIsReturnedInOptionOrder() {
    QuizResult result = quiz.grade(Map.of("multi", List.of("z", "x")));

    assertThat(result.questions().get("multi").feedback())
        .containsExactly("X applies.", "Z does not apply.");
  }

  @Test
  void unknownQuestionIsRejected() {
    assertThatThrownBy(() -> quiz.grade(Map.of("nope", List.of("a"))))
        .isInstanceOf(InvalidAnswerException.class)
        .extracting("questionId")
        .isEqualTo("nope");
  }

  @Test
  void unknownOptionIsRejected() {
    assertThatThrownBy(() -> quiz.grade(Map.of("single", List.of("q"))))
        .isInstanceOfSatisfying(
            InvalidAnswerException.class,
            e -> {
              assertThat(e.questionId()).isEqualTo("single");
              assertThat(e.optionId()).isEqualTo("q");
            });
  }

  @Test
  void twoOptionsForASingleChoiceQuestionAreRejected() {
    assertThatThrownBy(() -> quiz.grade(Map.of("single", List.of("a", "b"))))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage("question single takes a single option");
  }
}
