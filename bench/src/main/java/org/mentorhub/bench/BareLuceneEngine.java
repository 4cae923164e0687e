package org.mentorhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.mentorhub.directory.index.MentorAnalyzers;
import org.mentorhub.directory.index.MentorFields;
import org.mentorhub.directory.index.MentorIndex;

/**
 * Engine (b): the least Lucene can do for the same request on the same index, as a floor for (a):
 * each analysed word as a SHOULD term in each text field, filters as FILTER terms on the key
 * fields, top 20 by score, plain facet counts (no drill-sideways) and the 20 stored documents; no
 * highlighting, typo tolerance or synonyms.
 */
final class BareLuceneEngine implements SearchEngine {

  private static final List<String> TEXT_FIELDS =
      List.of(
          MentorFields.NAME,
          MentorFields.HEADLINE,
          MentorFields.BIO,
          MentorFields.EXPERTISE,
          MentorFields.INDUSTRIES);

  private static final Map<String, String> KEY_FIELDS =
      Map.of(
          MentorFields.DIM_INDUSTRY, MentorFields.INDUSTRY_KEY,
          MentorFields.DIM_EXPERTISE, MentorFields.EXPERTISE_KEY,
          MentorFields.DIM_LANGUAGE, MentorFields.LANGUAGE_KEY,
          MentorFields.DIM_COUNTRY, MentorFields.COUNTRY_KEY);

  private static final List<String> DIMENSIONS =
      List.of(
          MentorFields.DIM_INDUSTRY,
          MentorFields.DIM_EXPERTISE,
          MentorFields.DIM_LANGUAGE,
          MentorFields.DIM_COUNTRY);

  private final MentorIndex index;
  private final Analyzer analyzer = MentorAnalyzers.forIndexing();

  BareLuceneEngine(MentorIndex index) {
    this.index = index;
  }

  @Override
  public String name() {
    return "(b) bare Lucene";
  }

  @Override
  public long search(BenchQuery query) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    boolean anyTerm = false;
    if (!query.text().isBlank()) {
      for (String field : TEXT_FIELDS) {
        for (String term : terms(field, query.text())) {
          q.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
          anyTerm = true;
        }
      }
    }
    if (!anyTerm) {
      q.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    q.add(new TermQuery(new Term(MentorFields.LISTED, "1")), Occur.FILTER);
    query
        .filters()
        .forEach(
            (dim, values) ->
                values.forEach(
                    v ->
                        q.add(
                            new TermQuery(new Term(KEY_FIELDS.get(dim), key(dim, v))),
                            Occur.FILTER)));
    return index.search(
        (searcher, state, config) -> {
          FacetsCollectorManager.FacetsResult result =
              FacetsCollectorManager.search(
                  searcher, q.build(), SearchBenchmark.PAGE, new FacetsCollectorManager());
          TopDocs top = result.topDocs();
          if (state != null) {
            Facets facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
            for (String dim : DIMENSIONS) {
              facets.getTopChildren(SearchBenchmark.FACET_VALUES, dim);
            }
          }
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc hit : top.scoreDocs) {
            stored.document(hit.doc);
          }
          return top.totalHits.value;
        });
  }

  /** The index's keys: country codes upper case, tags and languages lower case. */
  private static String key(String dim, String value) {
    String trimmed = value.trim();
    return dim.equals(MentorFields.DIM_COUNTRY)
        ? trimmed.toUpperCase(Locale.ROOT)
        : trimmed.toLowerCase(Locale.ROOT);
  }

  private List<String> terms(String field, String text) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      List<String> terms = new ArrayList<>();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
      return terms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
