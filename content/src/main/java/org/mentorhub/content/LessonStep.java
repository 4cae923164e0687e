package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

/**
 * A lesson read from {@code <id>.md}: title and minutes come from its front matter.
 *
 * @param markdown the lesson body without front matter, for the plugin to render and sanitise
 */
public record LessonStep(String id, String title, int minutes, String markdown) implements Step {

  public LessonStep {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(markdown, "markdown");
  }

  @Override
  public StepKind kind() {
    return StepKind.LESSON;
  }
}
