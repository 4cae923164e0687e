package org.mentorhub.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content is loaded into a {@link TrackCatalog} while it still has problems. */
public class InvalidContentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ContentProblem> problems;

  InvalidContentException(List<ContentProblem> problems) {
    super(
        problems.size()
            + " content problem(s):\n"
            + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order the files were read. */
  public List<ContentProblem> problems() {
    return problems;
  }
}
