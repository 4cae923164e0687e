package org.mentorhub.directory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.directory.index.MentorQuery.Order;
import org.mentorhub.directory.index.MentorSearchResult.FacetCount;

/** Search behaviour on a real index in a temp folder. */
class MentorSearcherTest {

  @TempDir Path dir;
  private MentorIndex index;
  private MentorSearcher searcher;

  @BeforeEach
  void fill() {
    index = MentorIndex.open(dir.resolve("index"));
    searcher = new MentorSearcher(index);
    index.upsert(
        mentor(
            "m1",
            "José Álvarez",
            "Accounting for cafés",
            List.of("Food & Beverage"),
            List.of("Accounting", "Cash flow"),
            List.of("es", "en"),
            "ES",
            true,
            true));
    index.upsert(
        mentor(
            "m2",
            "Grace Okafor",
            "Grew an online shop to 20 staff",
            List.of("E-commerce", "Retail"),
            List.of("Marketplace selling", "SEO"),
            List.of("en"),
            "NG",
            true,
            true));
    index.upsert(
        mentor(
            "m3",
            "Li Wei",
            "Pricing and branding for bakeries",
            List.of("Food & Beverage"),
            List.of("Pricing", "Branding"),
            List.of("zh", "en"),
            "SG",
            false,
            true));
    index.upsert(
        mentor(
            "m4",
            "Hidden Person",
            "Accounting guru",
            List.of("Retail"),
            List.of("Accounting"),
            List.of("en"),
            "GB",
            true,
            false));
    index.upsert(
        mentor(
            "m5",
            "Anna Bookman",
            "Bookkeeping for landscapers",
            List.of("Landscaping"),
            List.of("bookkeeping"),
            List.of("de", "en"),
            "DE",
            true,
            true));
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static MentorDocument mentor(
      String id,
      String name,
      String headline,
      List<String> industries,
      List<String> expertise,
      List<String> languages,
      String country,
      boolean accepting,
      boolean listed) {
    return new MentorDocument(
        id,
        name,
        headline,
        "I have run small businesses for years. <script>alert(1)</script>",
        industries,
        expertise,
        languages,
        country,
        "Europe/London",
        "growth",
        10,
        3,
        2,
        accepting,
        listed);
  }

  private List<String> ids(String text) {
    return ids(new MentorQuery(text, Map.of(), null, Order.RELEVANCE, 1, 20));
  }

  private List<String> ids(MentorQuery query) {
    return searcher.search(query).hits().stream().map(h -> h.mentor().id()).toList();
  }

  @Test
  void typosAccentsAndStemsAreForgiven() {
    assertThat(ids("acounting")).as("one typo").contains("m1").doesNotContain("m4");
    assertThat(ids("Jose")).as("accent folded").containsExactly("m1");
    assertThat(ids("josé alvarez")).containsExactly("m1");
    assertThat(ids("bakery")).as("stemmed").containsExactly("m3");
    assertThat(ids("bakerys prcing")).as("typo in a word whose stem differs").containsExactly("m3");
  }

  @Test
  void domainSynonymsWidenTheSearch() {
    assertThat(ids("bookkeeping")).as("bookkeeping ~ accounting").contains("m1", "m5");
    assertThat(ids("online store")).as("multi-word synonym of e-commerce").contains("m2");
  }

  @Test
  void quotesMakePhrases() {
    assertThat(ids("\"cash flow\"")).containsExactly("m1");
    assertThat(ids("\"flow cash\"")).isEmpty();
  }

  @Test
  void anyTextIsAcceptedWithoutSyntaxErrors() {
    for (String text :
        List.of(
            "\"",
            "((",
            "a:b",
            "AND OR NOT",
            "*?~^",
            "\\",
            "x\"y\"z\"",
            "-+!",
            "   ",
            "the of and",
            "[1 TO 5]")) {
      MentorSearchResult result =
          searcher.search(new MentorQuery(text, Map.of(), null, Order.RELEVANCE, 1, 10));
      assertThat(result.total()).as(text).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void unlistedMentorsNeverAppear() {
    assertThat(ids("guru")).isEmpty();
    assertThat(ids("")).doesNotContain("m4").hasSize(4);
  }

  @Test
  void filtersOrWithinAFacetAndAndAcrossFacets() {
    MentorQuery orWithin =
        new MentorQuery(
            "",
            Map.of("industry", List.of("food & beverage", "Landscaping")),
            null,
            Order.RELEVANCE,
            1,
            20);
    assertThat(ids(orWithin)).containsExactlyInAnyOrder("m1", "m3", "m5");
    MentorQuery andAcross =
        new MentorQuery(
            "",
            Map.of("industry", List.of("Food & Beverage"), "language", List.of("ES")),
            null,
            Order.RELEVANCE,
            1,
            20);
    assertThat(ids(andAcross)).containsExactly("m1");
  }

  @Test
  void facetCountsDrillSideways() {
    MentorSearchResult result =
        searcher.search(
            new MentorQuery(
                "", Map.of("industry", List.of("Retail")), null, Order.RELEVANCE, 1, 20));
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.facets().get("industry"))
        .as("the selected facet still counts its other values, with their first spelling")
        .contains(
            new FacetCount("Food & Beverage", 2),
            new FacetCount("Retail", 1),
            new FacetCount("Landscaping", 1));
    assertThat(result.facets().get("country")).containsExactly(new FacetCount("NG", 1));
  }

  @Test
  void acceptingFilterAndAcceptingFirstOrder() {
    assertThat(ids(new MentorQuery("", Map.of(), false, Order.RELEVANCE, 1, 20)))
        .containsExactly("m3");
    List<String> ordered = ids(new MentorQuery("", Map.of(), null, Order.ACCEPTING_FIRST, 1, 20));
    assertThat(ordered.get(ordered.size() - 1)).isEqualTo("m3");
  }

  @Test
  void highlightsAreEscapedAndMarkTheMatch() {
    MentorSearchResult result =
        searcher.search(
            new MentorQuery("businesses accounting", Map.of(), null, Order.RELEVANCE, 1, 20));
    var hit =
        result.hits().stream().filter(h -> h.mentor().id().equals("m1")).findFirst().orElseThrow();
    assertThat(hit.highlights().get("expertise"))
        .anySatisfy(s -> assertThat(s).contains("<mark>Accounting</mark>"));
    assertThat(hit.highlights().get("bio"))
        .allSatisfy(s -> assertThat(s).doesNotContain("<script>").contains("<mark>"));
  }

  @Test
  void pagingIsBoundedAndStable() {
    MentorSearchResult page1 =
        searcher.search(new MentorQuery("", Map.of(), null, Order.RELEVANCE, 1, 2));
    MentorSearchResult page2 =
        searcher.search(new MentorQuery("", Map.of(), null, Order.RELEVANCE, 2, 2));
    assertThat(page1.total()).isEqualTo(4);
    assertThat(page1.hits()).hasSize(2);
    assertThat(page2.hits()).hasSize(2).doesNotContainAnyElementsOf(page1.hits());
    assertThatThrownBy(
            () -> searcher.search(new MentorQuery("", Map.of(), null, Order.RELEVANCE, 101, 100)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void suggestionsCompleteNamesExpertiseAndIndustries() {
    assertThat(searcher.suggest("gra", 5))
        .extracting(MentorSearcher.Suggestion::text)
        .contains("Grace Okafor");
    assertThat(searcher.suggest("okaf", 5))
        .extracting(MentorSearcher.Suggestion::text)
        .contains("Grace Okafor");
    assertThat(searcher.suggest("bran", 5))
        .contains(new MentorSearcher.Suggestion("Branding", "expertise"));
    assertThat(searcher.suggest("bev", 5))
        .contains(new MentorSearcher.Suggestion("Food & Beverage", "industry"));
    assertThat(searcher.suggest("hidd", 5)).as("unlisted names are not suggested").isEmpty();
  }

  @Test
  void updatesAndDeletesAreVisibleAfterRefresh() {
    index.upsert(
        mentor(
            "m2",
            "Grace Okafor",
            "Now teaching negotiation",
            List.of("Retail"),
            List.of("Negotiation"),
            List.of("en"),
            "NG",
            true,
            true));
    index.delete("m1");
    index.refresh();
    assertThat(ids("negotiation")).containsExactly("m2");
    assertThat(ids("jose")).isEmpty();
  }

  @Test
  void reopenKeepsTheCommittedOutboxPosition() throws Exception {
    index.commit(42);
    index.close();
    index = MentorIndex.open(dir.resolve("index"));
    searcher = new MentorSearcher(index);
    assertThat(index.needsRebuild()).isFalse();
    assertThat(index.committedOutboxId()).isEqualTo(42);
    assertThat(ids("pricing")).containsExactly("m3");
  }

  @Test
  void aCorruptIndexIsDetectedAndRebuilt() throws Exception {
    index.commit(7);
    index.close();
    Path generation =
        Files.list(dir.resolve("index")).filter(Files::isDirectory).findFirst().orElseThrow();
    try (var files = Files.list(generation)) {
      for (Path file : files.toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    index = MentorIndex.open(dir.resolve("index"));
    searcher = new MentorSearcher(index);
    assertThat(index.needsRebuild()).isTrue();
    long written =
        index.rebuild(
            List.of(
                    mentor(
                        "m9",
                        "Rebuilt Mentor",
                        "Back from the database",
                        List.of("Retail"),
                        List.of("Sales"),
                        List.of("en"),
                        "GB",
                        true,
                        true))
                .iterator(),
            7,
            n -> {});
    assertThat(written).isEqualTo(1);
    assertThat(ids("rebuilt")).containsExactly("m9");
    assertThat(index.committedOutboxId()).isEqualTo(7);
  }

  @Test
  void anIndexOfAnOlderDocumentFormatIsRebuiltAndServesUntilThen() throws Exception {
    index.commit(7);
    index.close();
    Path generation =
        Files.list(dir.resolve("index")).filter(Files::isDirectory).findFirst().orElseThrow();
    // What an index written before the format was recorded looks like: no format in its commit.
    try (var directory = org.apache.lucene.store.FSDirectory.open(generation);
        var writer =
            new org.apache.lucene.index.IndexWriter(
                directory, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("outboxId", "7").entrySet());
      writer.commit();
    }

    index = MentorIndex.open(dir.resolve("index"));
    searcher = new MentorSearcher(index);
    assertThat(index.needsRebuild()).isTrue();
    assertThat(index.committedOutboxId()).isEqualTo(7);
    assertThat(ids("pricing")).containsExactly("m3");
    // Committing the old generation keeps its old format, so a later start still rebuilds it.
    index.commit(8);
    index.close();
    index = MentorIndex.open(dir.resolve("index"));
    searcher = new MentorSearcher(index);
    assertThat(index.needsRebuild()).isTrue();

    index.rebuild(
        List.of(
                mentor(
                    "m9",
                    "Rebuilt Mentor",
                    "Back from the database",
                    List.of("Retail"),
                    List.of("Sales"),
                    List.of("en"),
                    "GB",
                    true,
                    true))
            .iterator(),
        8,
        n -> {});
    index.close();
    index = MentorIndex.open(dir.resolve("index"));
    searcher = new MentorSearcher(index);
    assertThat(index.needsRebuild()).isFalse();
    assertThat(index.committedOutboxId()).isEqualTo(8);
    MentorSearchResult result =
        searcher.search(new MentorQuery("rebuilt", Map.of(), null, Order.RELEVANCE, 1, 20));
    assertThat(result.hits()).extracting(h -> h.mentor().id()).containsExactly("m9");
    assertThat(result.facets().get(MentorFields.DIM_COUNTRY))
        .containsExactly(new FacetCount("GB", 1));
  }

  @Test
  void aRebuildSharedWithAHelperWritesEveryDocumentOnce() throws Exception {
    List<MentorDocument> mentors =
        batch("r", 2_345, i -> i % 2 == 0 ? "Pricing for shops" : "Hiring a first employee");
    List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.ExecutorService helper =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      assertThat(index.rebuild(mentors.iterator(), 3, progress::add, helper)).isEqualTo(2_345);
    } finally {
      helper.shutdown();
    }
    assertThat(index.size()).isEqualTo(2_345);
    assertThat(progress).isSorted().last().isEqualTo(2_345L);
    MentorSearchResult hiring =
        searcher.search(new MentorQuery("hiring", Map.of(), null, Order.RELEVANCE, 1, 10));
    assertThat(hiring.total()).isEqualTo(1_172);
    assertThat(index.committedOutboxId()).isEqualTo(3);
  }

  private static List<MentorDocument> pricingMentors(int count) {
    return batch("b", count, i -> "Quokka pricing for shops");
  }

  /** {@code count} listed mentors with ids {@code prefix + i} and the given headlines. */
  private static List<MentorDocument> batch(
      String prefix, int count, java.util.function.IntFunction<String> headline) {
    List<MentorDocument> mentors = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      mentors.add(
          mentor(
              prefix + i,
              "Mentor " + prefix + i,
              headline.apply(i),
              List.of("Retail"),
              List.of("Sales"),
              List.of("en"),
              "GB",
              true,
              true));
    }
    return mentors;
  }

  @Test
  void aHandedOffBatchIsWrittenBeforeAnyLaterWriteEvenIfNoThreadTookIt() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService busy =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      // The pool's only thread is taken, so the hand-off waits in its queue.
      busy.execute(
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      index.upsertAllInBackground(pricingMentors(500), busy);
      // A later change to one of the batch's mentors must win over the batch's older document.
      index.upsert(
          mentor(
              "b7",
              "Batch 7",
              "Wombat hiring for a first employee",
              List.of("Retail"),
              List.of("Hiring"),
              List.of("en"),
              "GB",
              true,
              true));
      index.refresh();
      assertThat(ids("wombat")).containsExactly("b7");
      assertThat(
              searcher
                  .search(new MentorQuery("quokka", Map.of(), null, Order.RELEVANCE, 1, 5))
                  .total())
          .as("the batch's other documents")
          .isEqualTo(499);
    } finally {
      release.countDown();
      busy.shutdown();
      assertThat(busy.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
    index.refresh();
    assertThat(ids("wombat")).as("the queued task found the batch done").containsExactly("b7");
  }

  @Test
  void aHandedOffBatchIsSearchableOnceSettledAndItsFailureReachesTheNextWrite() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      index.upsertAllInBackground(pricingMentors(1_200), pool);
      index.settle();
      assertThat(index.size()).isEqualTo(1_200 + 5);
      List<MentorDocument> broken = new java.util.ArrayList<>(pricingMentors(150));
      // An id longer than a Lucene term may be: the writer refuses the document.
      broken.add(
          mentor(
              "x".repeat(40_000),
              "Too long",
              "Quokka",
              List.of(),
              List.of(),
              List.of(),
              "GB",
              true,
              true));
      index.upsertAllInBackground(broken, pool);
      assertThatThrownBy(() -> index.refresh()).isInstanceOf(RuntimeException.class);
      // Thrown once: the index goes on taking writes.
      index.delete("b0");
      index.refresh();
      assertThat(index.size()).isEqualTo(1_200 + 5 - 1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rebuildSwapsGenerationsWhileSearchesKeepWorking() {
    long written =
        index.rebuild(
            List.of(
                    mentor(
                        "n1",
                        "New One",
                        "Fresh start",
                        List.of("Retail"),
                        List.of("Sales"),
                        List.of("en"),
                        "GB",
                        true,
                        true))
                .iterator(),
            0,
            n -> assertThat(ids("pricing")).containsExactly("m3"));
    assertThat(written).isEqualTo(1);
    assertThat(ids("")).containsExactly("n1");
    assertThat(dir.resolve("index").toFile().list((d, n) -> n.startsWith("gen-"))).hasSize(1);
  }

  @Test
  void cachedCountsFollowTheIndexAfterARefresh() {
    MentorQuery byCountry =
        new MentorQuery("", Map.of("country", List.of("GB")), null, Order.RELEVANCE, 1, 20);
    assertThat(searcher.search(byCountry).facets().get("country"))
        .as("hidden m4 is the only GB mentor, so nobody listed")
        .doesNotContain(new FacetCount("GB", 1));
    index.upsert(
        mentor(
            "m6",
            "New Briton",
            "Tea rooms",
            List.of("Hospitality"),
            List.of("Pricing"),
            List.of("en"),
            "GB",
            true,
            true));
    index.refresh();
    MentorSearchResult after = searcher.search(byCountry);
    assertThat(after.total()).isEqualTo(1);
    assertThat(after.facets().get("country"))
        .contains(new FacetCount("GB", 1), new FacetCount("ES", 1));
    assertThat(after.facets().get("industry")).containsExactly(new FacetCount("Hospitality", 1));
    assertThat(searcher.search(new MentorQuery("", Map.of(), null, Order.RELEVANCE, 1, 20)).total())
        .isEqualTo(5);
  }
}
