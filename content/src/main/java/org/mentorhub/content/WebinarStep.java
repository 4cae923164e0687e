package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

/**
 * A step completed by attending any webinar session of the given kind, not by clicking a button.
 *
 * @param webinarKind the kind of webinar whose attendance completes the step
 * @param description what the member should expect from the session
 */
public record WebinarStep(String id, String title, WebinarKind webinarKind, String description)
    implements Step {

  public WebinarStep {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(webinarKind, "webinarKind");
    requireNonNull(description, "description");
  }

  @Override
  public StepKind kind() {
    return StepKind.WEBINAR;
  }
}
