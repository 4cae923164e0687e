package org.mentorhub.content;

/** The kinds of step a track can contain, as named in {@code track.yaml}. */
public enum StepKind {
  LESSON,
  QUIZ,
  REFLECTION,
  WEBINAR
}
