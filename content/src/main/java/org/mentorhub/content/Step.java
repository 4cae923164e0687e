package org.mentorhub.content;

/**
 * One step of a track; its id keys members' progress, so it never changes once published.
 *
 * <p>Sealed so the plugin can switch over the kinds exhaustively and a new kind fails its build
 * instead of being silently ignored.
 */
public sealed interface Step permits LessonStep, QuizStep, ReflectionStep, WebinarStep {

  /** The id, unique within the track and stable across content versions. */
  String id();

  /** The title shown in the track outline. */
  String title();

  /** The kind, as named in {@code track.yaml}. */
  StepKind kind();
}
