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
    boolean completed) {

  /** A quiz question without its answers. */
  public record QuestionView(String id, String text, boolean multiple, List<OptionView> options) {}

  /** An option to pick, without whether it is correct. */
  public record OptionView(String id, String text) {}
}
