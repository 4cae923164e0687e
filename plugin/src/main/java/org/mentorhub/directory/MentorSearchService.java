package org.mentorhub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.directory.index.MentorQuery;
import org.mentorhub.directory.index.MentorSearcher;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.Violation;

/** Directory search and suggestions for members; the public face of the index. */
@ApplicationScoped
public class MentorSearchService {

  static final int MAX_SIZE = 100;
  static final int MAX_TEXT = 500;

  @Inject DirectoryIndexer indexer;

  /** Checks the parameters (400 naming each bad one) and runs the search. */
  public MentorSearchView search(
      String text,
      Map<String, List<String>> filters,
      String accepting,
      String sort,
      Integer page,
      Integer size) {
    List<Violation> violations = new ArrayList<>();
    int p = page == null ? 1 : page;
    int s = size == null ? 20 : size;
    if (p < 1) {
      violations.add(new Violation("page", "must be 1 or more"));
    }
    if (s < 1 || s > MAX_SIZE) {
      violations.add(new Violation("size", "must be between 1 and " + MAX_SIZE));
    }
    if (violations.isEmpty() && (long) p * s > MentorSearcher.MAX_WINDOW) {
      violations.add(
          new Violation(
              "page",
              "page × size must not exceed " + MentorSearcher.MAX_WINDOW + "; narrow the search"));
    }
    if (text != null && text.length() > MAX_TEXT) {
      violations.add(new Violation("q", "must be at most " + MAX_TEXT + " characters"));
    }
    Boolean acceptingFilter = null;
    if (accepting != null && !accepting.isBlank()) {
      if (!accepting.equals("true") && !accepting.equals("false")) {
        violations.add(new Violation("accepting", "must be true or false"));
      } else {
        acceptingFilter = Boolean.valueOf(accepting);
      }
    }
    MentorQuery.Order order = MentorQuery.Order.RELEVANCE;
    if (sort != null && !sort.isBlank()) {
      switch (sort) {
        case "relevance" -> order = MentorQuery.Order.RELEVANCE;
        case "accepting" -> order = MentorQuery.Order.ACCEPTING_FIRST;
        default -> violations.add(new Violation("sort", "must be relevance or accepting"));
      }
    }
    Map<String, List<String>> cleaned = new LinkedHashMap<>();
    filters.forEach(
        (dim, values) -> {
          List<String> kept =
              values == null
                  ? List.of()
                  : values.stream().filter(v -> v != null && !v.isBlank()).toList();
          if (kept.size() > 20) {
            violations.add(new Violation(dim, "at most 20 values"));
          } else if (!kept.isEmpty()) {
            cleaned.put(dim, kept);
          }
        });
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("The search parameters are invalid.", violations);
    }
    return MentorSearchView.of(
        indexer.searcher().search(new MentorQuery(text, cleaned, acceptingFilter, order, p, s)));
  }

  public List<MentorSearcher.Suggestion> suggest(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      throw new InvalidRequestException("prefix", "must not be empty");
    }
    if (prefix.length() > 100) {
      throw new InvalidRequestException("prefix", "must be at most 100 characters");
    }
    return indexer.searcher().suggest(prefix, 5);
  }
}
