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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
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

  private record EveryoneCounts(IndexReader reader, Map<String, FacetCounter.Counts> byAccepting) {}

  /** Global ordinals of the facet counting fields, for the current reader. */
  private volatile FacetOrdinals ordinals;

  private final TextQueries textQueries = new TextQueries();

  /** Filters on terms most profiles have, as bit sets that never lead a conjunction. */
  private final DenseFilters dense = new DenseFilters();

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
          FacetOrdinals ordinals = ordinals(searcher.getIndexReader());
          Query text =
              query.text().isBlank()
                  ? null
                  : textQueries.build(query.text(), knownWords(searcher.getIndexReader()));
          // Hits already match the full query; the highlighter only needs where the words are.
          Query highlighted = text == null ? null : textQueries.forHighlighting(query.text());
          IndexReader reader = searcher.getIndexReader();
          BooleanQuery.Builder baseBuilder = new BooleanQuery.Builder();
          baseBuilder.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
          baseBuilder.add(dense.filter(reader, new Term(MentorFields.LISTED, "1")), Occur.FILTER);
          if (query.accepting() != null) {
            baseBuilder.add(
                dense.filter(
                    reader, new Term(MentorFields.ACCEPTING, query.accepting() ? "1" : "0")),
                Occur.FILTER);
          }
          Query base = baseBuilder.build();
          Map<String, Query> filters = new LinkedHashMap<>();
          for (String dim : DIMENSIONS) {
            List<String> values = query.filters().get(dim);
            if (values != null && !values.isEmpty()) {
              filters.put(dim, filter(reader, dim, values));
            }
          }
          Query main = withFilters(base, filters, null);
          Sort sort = sort(query, text != null);

          // Drill-sideways counts: a dimension the query filters on is counted over the hits of
          // the query without that one filter (its own search, below); every other dimension is
          // counted over the hits themselves, while they are collected. With no text and at most
          // one filter, the sideways hits are all listed mentors, whose counts change only when
          // the index does and so come from a per-reader cache.
          boolean everyoneIsSideways = text == null && filters.size() <= 1;
          List<String> countedWithHits = new ArrayList<>();
          for (String dim : DIMENSIONS) {
            if (!filters.containsKey(dim) && !(everyoneIsSideways && filters.isEmpty())) {
              countedWithHits.add(dim);
            }
          }
          Map<String, FacetCounter.Counts> countsOf = new LinkedHashMap<>();
          TopDocs top;
          // Every hit is collected (no threshold): the total stays exact and every hit counted.
          CollectorManager<?, ? extends TopDocs> hitsManager =
              sort == null
                  ? new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE)
                  : new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE);
          if (countedWithHits.isEmpty()) {
            top = searcher.search(main, hitsManager);
          } else {
            Object[] both =
                searcher.search(
                    main,
                    new MultiCollectorManager(
                        hitsManager, new FacetCounter(ordinals, dense, countedWithHits)));
            top = (TopDocs) both[0];
            FacetCounter.Counts ofHits = (FacetCounter.Counts) both[1];
            countedWithHits.forEach(dim -> countsOf.put(dim, ofHits));
          }
          if (sort != null && text != null) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, main);
          }
          if (everyoneIsSideways) {
            FacetCounter.Counts ofAll = everyone(searcher, ordinals, base, query.accepting());
            for (String dim : DIMENSIONS) {
              countsOf.putIfAbsent(dim, ofAll);
            }
          } else {
            for (String dim : filters.keySet()) {
              countsOf.put(
                  dim,
                  searcher.search(
                      withFilters(base, filters, dim),
                      new FacetCounter(ordinals, dense, List.of(dim))));
            }
          }
          ScoreDoc[] page = pageOf(top.scoreDocs, query.page(), query.size());
          Map<String, String[]> highlights =
              text == null ? Map.of() : highlight(searcher, query.text(), highlighted, page);
          List<MentorSearchResult.Hit> hits = new ArrayList<>(page.length);
          for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            hits.add(
                new MentorSearchResult.Hit(
                    MentorDocuments.fromLucene(doc), scoreOf(page[i]), snippets(highlights, i)));
          }
          return new MentorSearchResult(
              top.totalHits.value, query.page(), query.size(), hits, facets(countsOf));
        });
  }

  /** {@code base} and every filter except the one on {@code without} (null: all of them). */
  private static Query withFilters(Query base, Map<String, Query> filters, String without) {
    if (filters.isEmpty() || (filters.size() == 1 && filters.containsKey(without))) {
      return base;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(base, Occur.MUST);
    filters.forEach(
        (dim, filter) -> {
          if (!dim.equals(without)) {
            q.add(filter, Occur.FILTER);
          }
        });
    return q.build();
  }

  /** Any of {@code values} of one dimension, on its exact key field. */
  private Query filter(IndexReader reader, String dim, List<String> values) throws IOException {
    String field = FacetOrdinals.KEY_FIELDS.get(dim);
    List<String> keys = values.stream().map(v -> key(dim, v)).distinct().toList();
    if (keys.size() == 1) {
      return dense.filter(reader, new Term(field, keys.get(0)));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String k : keys) {
      any.add(dense.filter(reader, new Term(field, k)), Occur.SHOULD);
    }
    return any.build();
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

  /**
   * Snippets of the page's hits with the words of {@code text} marked. {@code query} is {@link
   * TextQueries#forHighlighting(String)}; each field is marked with its own variant of it, which
   * gives the same marks for a fifth of the term lookups the highlighter repeats per document.
   */
  private Map<String, String[]> highlight(
      IndexSearcher searcher, String text, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return Map.of();
    }
    Map<String, Query> perField = new java.util.HashMap<>();
    for (String field : HIGHLIGHTED) {
      perField.put(field, textQueries.forHighlighting(text, field));
    }
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(
            UnifiedHighlighter.builder(searcher, MentorAnalyzers.forIndexing())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true)) {
          @Override
          protected FieldHighlighter getFieldHighlighter(
              String field, Query all, Set<Term> allTerms, int maxPassages) {
            return super.getFieldHighlighter(
                field, perField.getOrDefault(field, all), allTerms, maxPassages);
          }
        };
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    return highlighter.highlightFields(HIGHLIGHTED, query, docIds, PASSAGES);
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
      Map<String, FacetCounter.Counts> countsOf) throws IOException {
    Map<String, List<MentorSearchResult.FacetCount>> result = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) {
      List<MentorSearchResult.FacetCount> counts = new ArrayList<>();
      for (Map.Entry<String, Integer> top : countsOf.get(dim).top(dim, FACET_VALUES)) {
        counts.add(
            new MentorSearchResult.FacetCount(index.label(dim, top.getKey()), top.getValue()));
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
  static java.util.function.Predicate<String> knownWords(
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

  /** The global facet ordinals of {@code reader}, built once per reader. */
  private FacetOrdinals ordinals(IndexReader reader) throws IOException {
    FacetOrdinals cached = ordinals;
    if (cached == null || cached.reader() != reader) {
      cached = FacetOrdinals.of(reader, DIMENSIONS);
      ordinals = cached;
    }
    return cached;
  }

  /**
   * Counts over all listed mentors matching {@code base} (no text, perhaps the accepting filter),
   * computed once per reader and accepting filter.
   */
  private FacetCounter.Counts everyone(
      IndexSearcher searcher, FacetOrdinals ordinals, Query base, Boolean accepting)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    EveryoneCounts cached = everyoneCounts;
    if (cached == null || cached.reader() != reader) {
      cached = new EveryoneCounts(reader, new java.util.concurrent.ConcurrentHashMap<>());
      everyoneCounts = cached;
    }
    return cached
        .byAccepting()
        .computeIfAbsent(
            String.valueOf(accepting),
            key -> {
              try {
                return searcher.search(base, new FacetCounter(ordinals, dense, DIMENSIONS));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
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
