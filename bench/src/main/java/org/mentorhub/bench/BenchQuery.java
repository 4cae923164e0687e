package org.mentorhub.bench;

import java.util.List;
import java.util.Map;

/**
 * One query of the benchmark's mixed set, as a member would ask it.
 *
 * @param text what was typed, empty for a filter-only query
 * @param filters facet values per dimension as the API takes them (industry and expertise tags as
 *     spelled, ISO language and country codes)
 */
public record BenchQuery(Kind kind, String text, Map<String, List<String>> filters) {

  /** The shapes of query the set mixes. */
  public enum Kind {
    /** One to three words, some misspelt. */
    TEXT,
    /** Words plus two filters. */
    TEXT_AND_FILTERS,
    /** Filters and no words. */
    FILTERS_ONLY
  }

  public BenchQuery {
    filters = Map.copyOf(filters);
  }

  /** The single value of a dimension, or null: every query of the set has at most one per facet. */
  public String filter(String dim) {
    List<String> values = filters.get(dim);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
