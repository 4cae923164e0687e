package org.mentorhub.training;

import java.util.List;

/**
 * One step of a track; only the fields of its kind are set (null ones are left out of the JSON).
 * Quiz questions never carry which options are correct or their feedback: those come only with a
 * graded attempt.
 *
 * @param html a lesson's sanitised HTML
 * @param prompt a reflection's question
 * @param answer the caller's own reflection answer, shown to nobody else
 * @param webinarKind the kind of webinar whose attendance completes a webinar step
 * @param attempts how many quiz attempts the caller has made
 * @param bestScore the caller's best quiz score so far, or null before the first attempt
 */
public record StepView(
    String id,
    String kind,
    String title,
    Integer minutes,
    String html,
    String prompt,
    String answer,
    String webinarKind,
    String description,
    Integer passMark,
    List<QuestionView> questions,
    Integer attempts,
    Integer bestScore,
    boolean completed) {

  static StepView lesson(String id, String title, int minutes, String html, boolean completed) {
    return new StepView(
        id, "lesson", title, minutes, html, null, null, null, null, null, null, null, null,
        completed);
  }

  static StepView quiz(
      String id,
      String title,
      int passMark,
      List<QuestionView> questions,
      QuizScores scores,
      boolean completed) {
    return new StepView(
        id,
        "quiz",
        title,
        null,
        null,
        null,
        null,
        null,
        null,
        passMark,
        questions,
        scores == null ? 0 : scores.attempts(),
        scores == null ? null : scores.bestScore(),
        completed);
  }

  static StepView reflection(
      String id, String title, String prompt, String answer, boolean completed) {
    return new StepView(
        id,
        "reflection",
        title,
        null,
        null,
        prompt,
        answer,
        null,
        null,
        null,
        null,
        null,
        null,
        completed);
  }

  static StepView webinar(
      String id, String title, String webinarKind, String description, boolean completed) {
    return new StepView(
        id,
        "webinar",
        title,
        null,
        null,
        null,
        null,
        webinarKind,
        description,
        null,
        null,
        null,
        null,
        completed);
  }

  /** A quiz question without its answers. */
  public record QuestionView(String id, String text, boolean multiple, List<OptionView> options) {}

  /** An option to pick, without whether it is correct. */
  public record OptionView(String id, String text) {}
}
