package org.mentorhub.directory.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Answers directory searches and suggestions from a {@link MentorIndex}: only listed mentors,
 * filters OR within a facet and AND across facets, facet counts that drill sideways, and escaped
 * highlights with the matching words in {@code <mark>}.
 */
public final class MentorSearcher {

  /** How deep paging may go (page × size), so one request can never sort the whole index. */
  public static final int MAX_WINDOW = 10_000;

  static final List<String> DIMENSIONS =
      List.of(
          MentorFields.DIM_INDUSTRY,
          MentorFields.DIM_EXPERTISE,
          MentorFields.DIM_LANGUAGE,
          MentorFields.DIM_COUNTRY);

  private static final String[] HIGHLIGHTED = {
    MentorFields.HEADLINE, MentorFields.EXPERTISE, MentorFields.INDUSTRIES, MentorFields.BIO
  };
  private static final int[] PASSAGES = {1, 3, 2, 2};
  private static final int FACET_VALUES = 30;

  /** The fewest profiles that must use a word before it stops getting typo alternatives. */
  static final int KNOWN_WORD_MIN_PROFILES = 3;

  private final MentorIndex index;

  /** Facet counts over every listed mentor (per accepting filter), for the current reader. */
  private volatile EveryoneCounts everyoneCounts;

  private record EveryoneCounts(
      org.apache.lucene.index.IndexReader reader, Map<String, Facets> byAccepting) {}

  private final TextQueries textQueries = new TextQueries();

  public MentorSearcher(MentorIndex index) {
    this.index = index;
  }

  public MentorSearchResult search(MentorQuery query) {
    if ((long) query.page() * query.size() > MAX_WINDOW) {
      throw new IllegalArgumentException("page × size must not exceed " + MAX_WINDOW);
    }
    int topN = query.page() * query.size();
    return index.search(
        (searcher, state, config) -> {
          if (state == null) {
            return new MentorSearchResult(0, query.page(), query.size(), List.of(), emptyFacets());
          }
          Query text =
              query.text().isBlank()
                  ? null
                  : textQueries.build(query.text(), knownWords(searcher.getIndexReader()));
          // Hits already match the full query; the highlighter only needs where the words are.
          Query highlighted = text == null ? null : textQueries.forHighlighting(query.text());
          BooleanQuery.Builder base = new BooleanQuery.Builder();
          base.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
          base.add(new TermQuery(new Term(MentorFields.LISTED, "1")), Occur.FILTER);
          if (query.accepting() != null) {
            base.add(
                new TermQuery(new Term(MentorFields.ACCEPTING, query.accepting() ? "1" : "0")),
                Occur.FILTER);
          }
          Sort sort = sort(query, text != null);
          DrillDownQuery drill = new DrillDownQuery(config, base.build());
          for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
            for (String value : filter.getValue()) {
              drill.add(filter.getKey(), key(filter.getKey(), value));
            }
          }
          TopDocs top;
          java.util.function.Function<String, Facets> facetsOf;
          if (text == null && query.filters().size() <= 1) {
            // No text and at most one filtered dimension: that dimension's sideways counts are
            // the counts over every listed mentor, which change only when the index does, so
            // they come from a per-reader cache; the other dimensions count just the hits.
            String filtered =
                query.filters().isEmpty() ? null : query.filters().keySet().iterator().next();
            Facets ofAll = everyone(searcher, state, base.build(), query.accepting());
            if (filtered == null) {
              // Every hit is counted (no threshold), so the total stays exact.
              top =
                  searcher.search(
                      drill,
                      new org.apache.lucene.search.TopFieldCollectorManager(
                          sort, topN, Integer.MAX_VALUE));
              facetsOf = dim -> ofAll;
            } else {
              FacetsCollectorManager.FacetsResult found =
                  FacetsCollectorManager.search(
                      searcher, drill, topN, sort, new FacetsCollectorManager());
              top = found.topDocs();
              Facets ofHits = new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
              facetsOf = dim -> dim.equals(filtered) ? ofAll : ofHits;
            }
          } else {
            DrillSideways sideways =
                new DrillSideways(searcher, config, null, state, CallerRunsExecutor.INSTANCE);
            DrillSideways.DrillSidewaysResult result =
                sort == null
                    ? sideways.search(drill, topN)
                    : sideways.search(drill, null, null, topN, sort, text != null);
            top = result.hits;
            facetsOf = dim -> result.facets;
          }
          ScoreDoc[] page = pageOf(top.scoreDocs, query.page(), query.size());
          Map<String, String[]> highlights =
              text == null ? Map.of() : highlight(searcher, highlighted, page);
          List<MentorSearchResult.Hit> hits = new ArrayList<>(page.length);
          for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            hits.add(
                new MentorSearchResult.Hit(
                    MentorDocuments.fromLucene(doc), scoreOf(page[i]), snippets(highlights, i)));
          }
          return new MentorSearchResult(
              top.totalHits.value, query.page(), query.size(), hits, facets(facetsOf));
        });
  }

  /**
   * Completions for what a member is typing: mentor names (listed ones only), expertise areas and
   * industries whose words start with the prefix.
   */
  public List<Suggestion> suggest(String prefix, int limit) {
    String folded = MentorDocuments.tagKey(prefix);
    if (folded.isEmpty()) {
      return List.of();
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (String dim : List.of(MentorFields.DIM_EXPERTISE, MentorFields.DIM_INDUSTRY)) {
      index
          .labels(dim)
          .filter(label -> wordStartsWith(label, folded))
          .sorted(Comparator.comparing((String l) -> !foldedStart(l, folded)).thenComparing(l -> l))
          .limit(limit)
          .forEach(label -> suggestions.add(new Suggestion(label, dim)));
    }
    List<String> terms = nameTerms(prefix);
    if (!terms.isEmpty()) {
      BooleanQuery.Builder names = new BooleanQuery.Builder();
      for (String term : terms) {
        names.add(new TermQuery(new Term(MentorFields.NAME_PREFIX, term)), Occur.MUST);
      }
      names.add(new TermQuery(new Term(MentorFields.LISTED, "1")), Occur.FILTER);
      Set<String> seen = new LinkedHashSet<>();
      index.search(
          (searcher, state, config) -> {
            TopDocs top =
                searcher.search(
                    names.build(),
                    limit * 3,
                    new Sort(new SortField(MentorDocuments.NAME_SORT, SortField.Type.STRING)));
            for (ScoreDoc hit : top.scoreDocs) {
              seen.add(searcher.storedFields().document(hit.doc).get(MentorFields.NAME));
            }
            return null;
          });
      seen.stream().limit(limit).forEach(name -> suggestions.add(new Suggestion(name, "name")));
    }
    return suggestions.stream().limit((long) limit * 2).toList();
  }

  /**
   * Mentors a mentee could ask now, best first by how well their words match the mentee's goals:
   * listed, accepting, with a seat free, not the mentee, and (when {@code languages} is not empty)
   * speaking one of them.
   */
  public List<Candidate> candidates(
      String goals, String industry, List<String> languages, String excludeId, int limit) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(MentorFields.LISTED, "1")), Occur.FILTER);
    query.add(new TermQuery(new Term(MentorFields.ACCEPTING, "1")), Occur.FILTER);
    query.add(
        org.apache.lucene.document.NumericDocValuesField.newSlowRangeQuery(
            MentorFields.SEATS_LEFT, 1, Long.MAX_VALUE),
        Occur.FILTER);
    query.add(new TermQuery(new Term(MentorFields.ID, excludeId)), Occur.MUST_NOT);
    if (!languages.isEmpty()) {
      query.add(
          new org.apache.lucene.search.TermInSetQuery(
              MentorFields.LANGUAGE_KEY,
              languages.stream()
                  .map(l -> new org.apache.lucene.util.BytesRef(MentorDocuments.languageKey(l)))
                  .toList()),
          Occur.FILTER);
    }
    Query relevance = textQueries.relevance(goals);
    if (relevance != null) {
      query.add(relevance, Occur.SHOULD);
    }
    if (industry != null && !industry.isBlank()) {
      query.add(
          new org.apache.lucene.search.BoostQuery(
              new TermQuery(new Term(MentorFields.INDUSTRY_KEY, MentorDocuments.tagKey(industry))),
              2f),
          Occur.SHOULD);
    }
    return index.search(
        (searcher, state, config) -> {
          TopDocs top = searcher.search(query.build(), limit);
          List<Candidate> candidates = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            candidates.add(
                new Candidate(
                    MentorDocuments.fromLucene(searcher.storedFields().document(hit.doc)),
                    hit.score));
          }
          return candidates;
        });
  }

  /** A mentor found for a mentee and the text relevance of their profile to the goals. */
  public record Candidate(MentorDocument mentor, float relevance) {}

  /** A completion and what it completes: a mentor's name, an expertise area or an industry. */
  public record Suggestion(String text, String kind) {}

  private static boolean foldedStart(String label, String folded) {
    return MentorDocuments.tagKey(fold(label)).startsWith(fold(folded));
  }

  private static boolean wordStartsWith(String label, String folded) {
    String l = fold(label);
    String f = fold(folded);
    return l.startsWith(f) || l.contains(" " + f) || l.contains("-" + f) || l.contains("&" + f);
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static List<String> nameTerms(String prefix) {
    List<String> terms = new ArrayList<>();
    for (String word : fold(prefix).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        terms.add(word.length() > 20 ? word.substring(0, 20) : word);
      }
    }
    return terms;
  }

  private static Sort sort(MentorQuery query, boolean hasText) {
    SortField byName = new SortField(MentorDocuments.NAME_SORT, SortField.Type.STRING);
    if (query.order() == MentorQuery.Order.ACCEPTING_FIRST) {
      SortField accepting = new SortField(MentorFields.ACCEPTING, SortField.Type.INT, true);
      return hasText ? new Sort(accepting, SortField.FIELD_SCORE) : new Sort(accepting, byName);
    }
    return hasText ? null : new Sort(byName);
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int page, int size) {
    int from = Math.min(all.length, (page - 1) * size);
    int to = Math.min(all.length, from + size);
    return java.util.Arrays.copyOfRange(all, from, to);
  }

  private static float scoreOf(ScoreDoc doc) {
    return Float.isNaN(doc.score) ? 0f : doc.score;
  }

  private Map<String, String[]> highlight(IndexSearcher searcher, Query text, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return Map.of();
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, MentorAnalyzers.forIndexing())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withHighlightPhrasesStrictly(true)
            .withHandleMultiTermQuery(true)
            .build();
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    return highlighter.highlightFields(HIGHLIGHTED, text, docIds, PASSAGES);
  }

  private static Map<String, List<String>> snippets(Map<String, String[]> highlights, int i) {
    Map<String, List<String>> snippets = new LinkedHashMap<>();
    for (String field : HIGHLIGHTED) {
      String[] values = highlights.get(field);
      if (values != null && values[i] != null && values[i].contains("<mark>")) {
        snippets.put(field, List.of(values[i]));
      }
    }
    return snippets;
  }

  private Map<String, List<MentorSearchResult.FacetCount>> facets(
      java.util.function.Function<String, Facets> facetsOf) throws IOException {
    Map<String, List<MentorSearchResult.FacetCount>> result = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) {
      FacetResult top = facetsOf.apply(dim).getTopChildren(FACET_VALUES, dim);
      List<MentorSearchResult.FacetCount> counts = new ArrayList<>();
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          counts.add(
              new MentorSearchResult.FacetCount(index.label(dim, lv.label), lv.value.intValue()));
        }
      }
      result.put(dim, counts);
    }
    return result;
  }

  /**
   * Which words the index already knows well enough that they are not typos: used by at least a few
   * profiles (one in ten thousand on a large index). Such a word gets no typo alternatives, so
   * "marketing" does not also search fifty words one letter away from it; "acounting", used by no
   * one, still finds accounting.
   */
  private static java.util.function.Predicate<String> knownWords(
      org.apache.lucene.index.IndexReader reader) {
    int threshold = Math.max(KNOWN_WORD_MIN_PROFILES, reader.numDocs() / 10_000);
    return word -> {
      try {
        return reader.docFreq(new Term(MentorFields.WORDS, word)) >= threshold;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  /** Counts over all listed mentors matching {@code base}, computed once per reader. */
  private Facets everyone(
      IndexSearcher searcher,
      org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState state,
      Query base,
      Boolean accepting)
      throws IOException {
    org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
    EveryoneCounts cached = everyoneCounts;
    if (cached == null || cached.reader() != reader) {
      cached = new EveryoneCounts(reader, new java.util.concurrent.ConcurrentHashMap<>());
      everyoneCounts = cached;
    }
    String key = String.valueOf(accepting);
    Facets counts = cached.byAccepting().get(key);
    if (counts == null) {
      org.apache.lucene.facet.FacetsCollector all =
          searcher.search(base, new FacetsCollectorManager());
      counts = new SortedSetDocValuesFacetCounts(state, all);
      cached.byAccepting().put(key, counts);
    }
    return counts;
  }

  private static Map<String, List<MentorSearchResult.FacetCount>> emptyFacets() {
    Map<String, List<MentorSearchResult.FacetCount>> empty = new LinkedHashMap<>();
    DIMENSIONS.forEach(d -> empty.put(d, List.of()));
    return empty;
  }

  private static String key(String dim, String value) {
    return switch (dim) {
      case MentorFields.DIM_COUNTRY -> MentorDocuments.countryKey(value);
      case MentorFields.DIM_LANGUAGE -> MentorDocuments.languageKey(value);
      default -> MentorDocuments.tagKey(value);
    };
  }
}
