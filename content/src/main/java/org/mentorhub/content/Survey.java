package org.mentorhub.content;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A short programme survey sent to mentors and mentees at a fixed moment.
 *
 * @param version raised when wording changes; item ids stay the same so answers stay comparable
 * @param intro one or two sentences shown above the items
 */
public record Survey(
    String id,
    int version,
    String title,
    String intro,
    SurveyMoment moment,
    Audience audience,
    List<SurveyItem> items) {

  public Survey {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(intro, "intro");
    requireNonNull(moment, "moment");
    requireNonNull(audience, "audience");
    items = List.copyOf(items);
  }
}
