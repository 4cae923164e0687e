package org.mentorhub.directory;

import java.util.List;
import java.util.Map;
import org.mentorhub.directory.index.MentorSearchResult;

/** {@code GET /api/v1/mentors/search} as the host and the UI see it. */
public record MentorSearchView(
    long total, int page, int size, List<HitView> hits, Map<String, List<FacetView>> facets) {

  /** One mentor found. */
  public record HitView(
      String id,
      String name,
      String headline,
      List<String> industries,
      List<String> expertise,
      List<String> languages,
      String country,
      String timezone,
      boolean accepting,
      int seatsLeft,
      float score,
      Map<String, List<String>> highlights) {}

  /** A facet value and its count. */
  public record FacetView(String value, int count) {}

  static MentorSearchView of(MentorSearchResult result) {
    List<HitView> hits =
        result.hits().stream()
            .map(
                h ->
                    new HitView(
                        h.mentor().id(),
                        h.mentor().name(),
                        h.mentor().headline(),
                        h.mentor().industries(),
                        h.mentor().expertise(),
                        h.mentor().languages(),
                        h.mentor().country(),
                        h.mentor().timezone(),
                        h.mentor().accepting(),
                        h.mentor().seatsLeft(),
                        h.score(),
                        h.highlights()))
            .toList();
    Map<String, List<FacetView>> facets = new java.util.LinkedHashMap<>();
    result
        .facets()
        .forEach(
            (dim, counts) ->
                facets.put(
                    dim, counts.stream().map(c -> new FacetView(c.value(), c.count())).toList()));
    return new MentorSearchView(result.total(), result.page(), result.size(), hits, facets);
  }
}
