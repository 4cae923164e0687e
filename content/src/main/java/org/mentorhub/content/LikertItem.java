package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A statement rated on a five-point scale.
 *
 * @param labels five labels, the first for 1 and the last for 5
 */
public record LikertItem(String id, String text, List<String> labels) implements SurveyItem {

  /** The number of points on every scale, so answers from different surveys compare. */
  public static final int POINTS = 5;

  public LikertItem {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    labels = List.copyOf(labels);
  }
}
