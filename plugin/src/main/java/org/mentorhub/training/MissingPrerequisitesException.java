package org.mentorhub.training;

import java.util.List;
import org.mentorhub.platform.problem.ConflictException;

/** The member has not yet completed the tracks this one builds on. */
public class MissingPrerequisitesException extends ConflictException {

  private final String trackSlug;
  private final List<String> missing;

  public MissingPrerequisitesException(String trackSlug, List<String> missing) {
    super(
        "Complete the track"
            + (missing.size() == 1 ? " '" : "s '")
            + String.join("', '", missing)
            + "' before enrolling in '"
            + trackSlug
            + "'.");
    this.trackSlug = trackSlug;
    this.missing = List.copyOf(missing);
  }

  public String trackSlug() {
    return trackSlug;
  }

  /** The slugs of the prerequisite tracks not yet completed, in the track's order. */
  public List<String> missing() {
    return missing;
  }
}
