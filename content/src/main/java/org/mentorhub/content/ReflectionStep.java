package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

/**
 * A prompt the member answers in their own words; the answer is private to them.
 *
 * @param prompt the question put to the member
 */
public record ReflectionStep(String id, String title, String prompt) implements Step {

  public ReflectionStep {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(prompt, "prompt");
  }

  @Override
  public StepKind kind() {
    return StepKind.REFLECTION;
  }
}
