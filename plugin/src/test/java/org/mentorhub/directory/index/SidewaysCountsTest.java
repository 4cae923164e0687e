package org.mentorhub.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.demo.CommunityGenerator;
import org.mentorhub.demo.CommunityGenerator.GeneratedMentor;
import org.mentorhub.directory.index.MentorQuery.Order;
import org.mentorhub.directory.index.MentorSearchResult.FacetCount;

/**
 * The searcher's own facet counting gives what Lucene's stock drill-sideways gives on the same
 * index: same hits, same scores, same counts per dimension, over many generated profiles in several
 * segments (some deleted, some unlisted) and a few hundred random queries. {@link
 * SlicedSidewaysCountsTest} repeats it with slices searched in parallel.
 */
class SidewaysCountsTest {

  @TempDir Path dir;

  /** Threads searching slices beside the caller; the subclass runs every case with two. */
  int sliceThreads() {
    return 0;
  }

  private MentorIndex index;

  MentorIndex index() {
    return index;
  }

  private MentorSearcher searcher;
  private final List<GeneratedMentor> people = new ArrayList<>();

  @BeforeEach
  void fill() {
    index = MentorIndex.open(dir.resolve("index"), sliceThreads());
    searcher = new MentorSearcher(index);
    SplittableRandom random = new SplittableRandom(7);
    new CommunityGenerator(11).mentors(1, 1_501).forEach(people::add);
    for (int i = 0; i < people.size(); i++) {
      GeneratedMentor m = people.get(i);
      index.upsert(
          new MentorDocument(
              m.id(),
              m.name(),
              m.headline(),
              m.bio(),
              m.industries(),
              m.expertise(),
              m.languages(),
              m.country(),
              m.timezone(),
              m.stage(),
              m.yearsInBusiness(),
              m.maxMentees(),
              m.maxMentees(),
              m.accepting(),
              random.nextInt(20) != 0));
      if (i % 200 == 199) {
        index.refresh(); // several segments, so counts cross segment ordinals (and slices)
      }
      if (i % 97 == 0) {
        index.delete(people.get(random.nextInt(i + 1)).id());
      }
    }
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void countsHitsAndScoresMatchLuceneDrillSideways() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 300; i++) {
      MentorQuery query = randomQuery(random);
      MentorSearchResult ours = searcher.search(query);
      Reference theirs = reference(query);
      assertThat(ours.total()).as("total of %s", query).isEqualTo(theirs.total());
      assertThat(ours.hits().stream().map(h -> h.mentor().id()).toList())
          .as("hits of %s", query)
          .isEqualTo(theirs.ids());
      assertThat(ours.hits().stream().map(h -> h.score()).toList())
          .as("scores of %s", query)
          .isEqualTo(theirs.scores());
      assertThat(ours.facets()).as("facets of %s", query).isEqualTo(theirs.facets());
      assertThat(ours.hits().stream().map(h -> h.highlights()).toList())
          .as("highlights of %s", query)
          .isEqualTo(theirs.highlights());
    }
  }

  private MentorQuery randomQuery(SplittableRandom random) {
    GeneratedMentor m = people.get(random.nextInt(people.size()));
    GeneratedMentor other = people.get(random.nextInt(people.size()));
    String text =
        switch (random.nextInt(7)) {
          case 0 -> "";
          case 1 -> word(m.expertise().get(0));
          case 2 -> word(m.industries().get(0)) + " " + word(other.expertise().get(0));
          case 3 -> word(m.expertise().get(0)) + " acounting";
          case 4 -> "\"" + m.expertise().get(0).toLowerCase(Locale.ROOT) + "\" seo";
          case 5 -> "online store bookkeeping";
          default -> m.industries().get(0) + " " + word(m.expertise().get(1)) + " hr b2b";
        };
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (random.nextInt(2) == 0) {
      filters.put(MentorFields.DIM_COUNTRY, List.of(m.country(), other.country()));
    }
    if (random.nextInt(2) == 0) {
      filters.put(MentorFields.DIM_INDUSTRY, List.of(m.industries().get(0)));
    }
    if (random.nextInt(3) == 0) {
      filters.put(MentorFields.DIM_LANGUAGE, List.of(m.languages().get(0)));
    }
    if (random.nextInt(3) == 0) {
      filters.put(
          MentorFields.DIM_EXPERTISE, List.of(m.expertise().get(0), other.expertise().get(0)));
    }
    Boolean accepting = random.nextInt(3) == 0 ? random.nextBoolean() : null;
    Order order = random.nextInt(3) == 0 ? Order.ACCEPTING_FIRST : Order.RELEVANCE;
    return new MentorQuery(text, filters, accepting, order, 1 + random.nextInt(2), 10);
  }

  private static String word(String tag) {
    String[] words = tag.toLowerCase(Locale.ROOT).split("[^a-z]+");
    String longest = "";
    for (String w : words) {
      if (w.length() > longest.length()) {
        longest = w;
      }
    }
    return longest;
  }

  private record Reference(
      long total,
      List<String> ids,
      List<Float> scores,
      Map<String, List<FacetCount>> facets,
      List<Map<String, List<String>>> highlights) {}

  /** The same request through Lucene's DrillSideways (drill-sideways scorer, stock counts). */
  private Reference reference(MentorQuery query) {
    TextQueries texts = new TextQueries();
    return index.search(
        (s, state, config) -> {
          Query text =
              query.text().isBlank()
                  ? null
                  : texts.build(query.text(), MentorSearcher.knownWords(s.getIndexReader()));
          BooleanQuery.Builder base = new BooleanQuery.Builder();
          base.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
          base.add(new TermQuery(new Term(MentorFields.LISTED, "1")), Occur.FILTER);
          if (query.accepting() != null) {
            base.add(
                new TermQuery(new Term(MentorFields.ACCEPTING, query.accepting() ? "1" : "0")),
                Occur.FILTER);
          }
          DrillDownQuery drill = new DrillDownQuery(config, base.build());
          query
              .filters()
              .forEach((dim, values) -> values.forEach(v -> drill.add(dim, key(dim, v))));
          org.apache.lucene.search.Sort sort = null;
          if (query.order() == Order.ACCEPTING_FIRST) {
            sort =
                new org.apache.lucene.search.Sort(
                    new org.apache.lucene.search.SortField(
                        MentorFields.ACCEPTING, org.apache.lucene.search.SortField.Type.INT, true),
                    text == null
                        ? new org.apache.lucene.search.SortField(
                            MentorDocuments.NAME_SORT,
                            org.apache.lucene.search.SortField.Type.STRING)
                        : org.apache.lucene.search.SortField.FIELD_SCORE);
          } else if (text == null) {
            sort =
                new org.apache.lucene.search.Sort(
                    new org.apache.lucene.search.SortField(
                        MentorDocuments.NAME_SORT, org.apache.lucene.search.SortField.Type.STRING));
          }
          int topN = query.page() * query.size();
          DrillSideways.DrillSidewaysResult r =
              sort == null
                  ? new DrillSideways(s, config, state).search(drill, topN)
                  : new DrillSideways(s, config, state)
                      .search(drill, null, null, topN, sort, text != null);
          ScoreDoc[] all = r.hits.scoreDocs;
          int from = Math.min(all.length, (query.page() - 1) * query.size());
          int to = Math.min(all.length, from + query.size());
          List<String> ids = new ArrayList<>();
          List<Float> scores = new ArrayList<>();
          for (int i = from; i < to; i++) {
            ids.add(s.storedFields().document(all[i].doc).get(MentorFields.ID));
            scores.add(Float.isNaN(all[i].score) ? 0f : all[i].score);
          }
          Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
          for (String dim : MentorSearcher.DIMENSIONS) {
            FacetResult top = r.facets.getTopChildren(30, dim);
            List<FacetCount> counts = new ArrayList<>();
            if (top != null) {
              for (LabelAndValue lv : top.labelValues) {
                counts.add(new FacetCount(index.label(dim, lv.label), lv.value.intValue()));
              }
            }
            facets.put(dim, counts);
          }
          List<Map<String, List<String>>> highlights = new ArrayList<>();
          if (text == null) {
            ids.forEach(id -> highlights.add(Map.of()));
          } else {
            int[] docs = new int[to - from];
            for (int i = from; i < to; i++) {
              docs[i - from] = all[i].doc;
            }
            String[] fields = {
              MentorFields.HEADLINE,
              MentorFields.EXPERTISE,
              MentorFields.INDUSTRIES,
              MentorFields.BIO
            };
            Map<String, String[]> marked =
                docs.length == 0
                    ? Map.of()
                    : UnifiedHighlighter.builder(s, MentorAnalyzers.forIndexing())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                        .withHighlightPhrasesStrictly(true)
                        .withHandleMultiTermQuery(true)
                        .build()
                        .highlightFields(
                            fields,
                            texts.forHighlighting(query.text()),
                            docs,
                            new int[] {1, 3, 2, 2});
            for (int i = 0; i < docs.length; i++) {
              Map<String, List<String>> snippets = new LinkedHashMap<>();
              for (String field : fields) {
                String value = marked.get(field)[i];
                if (value != null && value.contains("<mark>")) {
                  snippets.put(field, List.of(value));
                }
              }
              highlights.add(snippets);
            }
          }
          return new Reference(r.hits.totalHits.value, ids, scores, facets, highlights);
        });
  }

  private static String key(String dim, String value) {
    return switch (dim) {
      case MentorFields.DIM_COUNTRY -> MentorDocuments.countryKey(value);
      case MentorFields.DIM_LANGUAGE -> MentorDocuments.languageKey(value);
      default -> MentorDocuments.tagKey(value);
    };
  }
}
