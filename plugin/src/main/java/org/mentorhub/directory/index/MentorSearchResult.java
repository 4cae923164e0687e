package org.mentorhub.directory.index;

import java.util.List;
import java.util.Map;

/** One page of search hits, the total, and facet counts for every dimension. */
public record MentorSearchResult(
    long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  /** A mentor found, with the relevance score and highlighted snippets per field. */
  public record Hit(MentorDocument mentor, float score, Map<String, List<String>> highlights) {}

  /** A facet value as first spelled, and how many mentors have it. */
  public record FacetCount(String value, int count) {}
}
