package org.mentorhub.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.mentorhub.content.LessonStep;
import org.mentorhub.content.QuizStep;
import org.mentorhub.content.ReflectionStep;
import org.mentorhub.content.Step;
import org.mentorhub.content.Track;
import org.mentorhub.content.WebinarStep;

/** Builds the API's views of tracks and steps from the content model and a member's progress. */
final class TrackViews {

  private TrackViews() {}

  static TrackSummaryView summary(Track track, TrackProgress progress) {
    return new TrackSummaryView(
        track.slug(),
        track.title(),
        lower(track.audience()),
        track.summary(),
        track.estimatedMinutes(),
        track.version(),
        track.prerequisites(),
        track.steps().size(),
        progress);
  }

  /**
   * The whole track for one member.
   *
   * @param completions the member's completed steps of this track by step id
   * @param lessonHtml the rendered HTML of a lesson, by track slug and step id
   * @param quizScores the member's attempts at each quiz of this track by step id
   */
  static TrackView track(
      Track track,
      TrackProgress progress,
      Map<String, StepCompletion> completions,
      BiFunction<String, String, String> lessonHtml,
      Map<String, QuizScores> quizScores) {
    List<StepView> steps =
        track.steps().stream()
            .map(
                step ->
                    step(
                        step,
                        completions.get(step.id()),
                        step instanceof LessonStep
                            ? lessonHtml.apply(track.slug(), step.id())
                            : null,
                        quizScores.get(step.id())))
            .toList();
    return new TrackView(
        track.slug(),
        track.title(),
        lower(track.audience()),
        track.summary(),
        track.estimatedMinutes(),
        track.version(),
        track.prerequisites(),
        steps,
        progress);
  }

  private static StepView step(
      Step step, StepCompletion completion, String html, QuizScores scores) {
    boolean completed = completion != null;
    if (step instanceof LessonStep lesson) {
      return StepView.lesson(step.id(), step.title(), lesson.minutes(), html, completed);
    }
    if (step instanceof QuizStep quiz) {
      List<StepView.QuestionView> questions =
          quiz.questions().stream()
              .map(
                  q ->
                      new StepView.QuestionView(
                          q.id(),
                          q.text(),
                          q.multiple(),
                          q.options().stream()
                              .map(o -> new StepView.OptionView(o.id(), o.text()))
                              .toList()))
              .toList();
      return StepView.quiz(step.id(), step.title(), quiz.passMark(), questions, scores, completed);
    }
    if (step instanceof ReflectionStep reflection) {
      return StepView.reflection(
          step.id(),
          step.title(),
          reflection.prompt(),
          completed ? completion.answer() : null,
          completed);
    }
    WebinarStep webinar = (WebinarStep) step;
    return StepView.webinar(
        step.id(), step.title(), webinar.webinarKind().name(), webinar.description(), completed);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
