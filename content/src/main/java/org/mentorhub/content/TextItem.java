package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

/**
 * A question answered in free text.
 *
 * @param required whether the survey can be submitted without an answer
 */
public record TextItem(String id, String text, boolean required) implements SurveyItem {

  public TextItem {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
  }
}
