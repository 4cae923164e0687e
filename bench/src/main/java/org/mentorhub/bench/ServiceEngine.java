package org.mentorhub.bench;

import org.mentorhub.directory.index.MentorIndex;
import org.mentorhub.directory.index.MentorQuery;
import org.mentorhub.directory.index.MentorSearchResult;
import org.mentorhub.directory.index.MentorSearcher;

/**
 * Engine (a): the directory's own searcher in-process, with everything a search request gets:
 * forgiving text query, drill-sideways facets, highlights and the stored fields of the page.
 */
final class ServiceEngine implements SearchEngine {

  private final MentorSearcher searcher;

  ServiceEngine(MentorIndex index) {
    this.searcher = new MentorSearcher(index);
  }

  @Override
  public String name() {
    return "(a) service";
  }

  @Override
  public long search(BenchQuery query) {
    MentorSearchResult result =
        searcher.search(
            new MentorQuery(
                query.text(),
                query.filters(),
                null,
                MentorQuery.Order.RELEVANCE,
                1,
                SearchBenchmark.PAGE));
    return result.total();
  }
}
