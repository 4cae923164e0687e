package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with the content, precise enough to fix without a debugger.
 *
 * @param file the path relative to the content root, e.g. {@code tracks/feedback/track.yaml}
 * @param stepId the step (or survey item) concerned, or {@code null} for the file as a whole
 */
public record ContentProblem(String file, String stepId, String message) {

  public ContentProblem {
    requireNonNull(file, "file");
    requireNonNull(message, "message");
  }

  /** A problem with a whole file rather than one step. */
  static ContentProblem inFile(String file, String message) {
    return new ContentProblem(file, null, message);
  }

  @Override
  public String toString() {
    return stepId == null ? file + ": " + message : file + " [" + stepId + "]: " + message;
  }
}
