package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.content.Option;
import org.mentorhub.content.Question;
import org.mentorhub.content.QuizStep;
import org.mentorhub.platform.problem.InvalidRequestException;

class QuizGradingTest {

  private static final QuizStep QUIZ =
      new QuizStep(
          "check",
          "Check",
          100,
          List.of(
              new Question(
                  "single",
                  "Pick one",
                  false,
                  List.of(
                      new Option("a", "Wrong", false, "Why a is wrong"),
                      new Option("b", "Right", true, "Why b is right"))),
              new Question(
                  "several",
                  "Pick all that apply",
                  true,
                  List.of(
                      new Option("a", "Yes", true, "a applies"),
                      new Option("b", "No", false, "b does not apply"),
                      new Option("c", "Yes too", true, "c applies")))));

  @Test
  void exactlyTheCorrectOptionsPass() {
    QuizGrading graded =
        QuizGrading.grade(QUIZ, Map.of("single", List.of("b"), "several", List.of("c", "a")));

    assertThat(graded.result().score()).isEqualTo(100);
    assertThat(graded.result().passed()).isTrue();
  }

  @Test
  void wrongAnswerFailsWithFeedbackForEachChosenOption() {
    QuizGrading graded =
        QuizGrading.grade(QUIZ, Map.of("single", List.of("a"), "several", List.of("a", "b")));

    assertThat(graded.result().score()).isZero();
    assertThat(graded.result().passed()).isFalse();
    assertThat(graded.feedback())
        .containsExactly(
            new QuizAttemptView.QuestionFeedback(
                "single",
                false,
                List.of(new QuizAttemptView.OptionFeedback("a", "Why a is wrong"))),
            new QuizAttemptView.QuestionFeedback(
                "several",
                false,
                List.of(
                    new QuizAttemptView.OptionFeedback("a", "a applies"),
                    new QuizAttemptView.OptionFeedback("b", "b does not apply"))));
  }

  @Test
  void pickingEveryOptionOfAMultipleChoiceQuestionIsWrong() {
    QuizGrading graded =
        QuizGrading.grade(QUIZ, Map.of("single", List.of("b"), "several", List.of("a", "b", "c")));

    assertThat(graded.result().score()).isEqualTo(50);
    assertThat(graded.feedback().get(1).correct()).isFalse();
  }

  @Test
  void unansweredAndNullAnswersCountAsWrongWithoutFeedback() {
    Map<String, List<String>> answers = new HashMap<>();
    answers.put("single", null);
    QuizGrading graded = QuizGrading.grade(QUIZ, answers);

    assertThat(graded.result().score()).isZero();
    assertThat(graded.feedback()).allSatisfy(f -> assertThat(f.options()).isEmpty());
    assertThat(graded.answersJson()).isEqualTo("{\"single\":[]}");
  }

  @Test
  void unknownQuestionIsRefusedNamingTheField() {
    assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of("nope", List.of("a"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("answers.nope"));
  }

  @Test
  void unknownOptionIsRefusedNamingTheQuestion() {
    assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of("several", List.of("a", "z"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("answers.several");
              assertThat(e.violations().get(0).message()).contains("z");
            });
  }

  @Test
  void severalOptionsForASingleChoiceQuestionAreRefused() {
    assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of("single", List.of("a", "b"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("answers.single"));
  }

  @Test
  void nullOptionIdIsRefusedNamingTheQuestion() {
    assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of("single", Arrays.asList("b", null))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("answers.single"));
  }

  @Test
  void answersAreKeptAsJson() {
    QuizGrading graded = QuizGrading.grade(QUIZ, Map.of("several", List.of("a", "c")));

    assertThat(graded.answersJson()).isEqualTo("{\"several\":[\"a\",\"c\"]}");
  }
}
