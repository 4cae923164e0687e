package org.mentorhub.directory.index;

import java.util.List;
import java.util.Map;

/**
 * A directory search as members ask it.
 *
 * @param text any text; quotes make phrases, nothing else is syntax
 * @param filters facet values per dimension (industry, expertise, language, country): OR within a
 *     dimension, AND across dimensions
 * @param accepting when not null, only mentors that are (or are not) accepting requests
 * @param page 1-based page number
 */
public record MentorQuery(
    String text,
    Map<String, List<String>> filters,
    Boolean accepting,
    Order order,
    int page,
    int size) {

  /** Result order. */
  public enum Order {
    /** Best match first (by name when there is no text). */
    RELEVANCE,
    /** Mentors accepting requests first, best match first within each group. */
    ACCEPTING_FIRST
  }

  public MentorQuery {
    text = text == null ? "" : text;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    order = order == null ? Order.RELEVANCE : order;
  }
}
