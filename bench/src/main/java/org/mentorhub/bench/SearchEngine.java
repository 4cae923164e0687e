package org.mentorhub.bench;

/** One way of answering a {@link BenchQuery}: page of 20 hits with facet counts. */
public interface SearchEngine extends AutoCloseable {

  /** A short name for the report. */
  String name();

  /**
   * Answers the query completely (hits read, facets counted) and returns how many matched, which
   * keeps the work observable and lets the report compare engines.
   */
  long search(BenchQuery query) throws Exception;

  @Override
  default void close() throws Exception {}
}
