package org.mentorhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/** The directory over HTTP: a profile change is searchable at once, and searches forgive. */
@ExtendWith(ArquillianExtension.class)
class DirectorySearchIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private static String profile(String name, String headline, String expertise, String country) {
    return """
        {"name": "%s", "headline": "%s", "bio": "Small business owner.",
         "industries": ["Food & Beverage"], "expertise": ["%s"], "languages": ["en", "es"],
         "country": "%s", "timezone": "Europe/Madrid"}
        """
        .formatted(name, headline, expertise, country);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void aSavedProfileBecomesSearchableWithTyposFacetsAndHighlights() {
    Api api = new Api(base);
    String mentor = TestTokens.member("dir-lucia", "member", "mentor");
    String member = TestTokens.member("dir-reader", "member");
    assertThat(
            api.put(
                    "api/v1/mentors/me",
                    mentor,
                    profile("Lucía Fernández", "Pricing for small bakeries", "Bookkeeping", "ES"))
                .status())
        .isEqualTo(200);

    // How fast is measured in bench/ (a timed assertion would be flaky on a loaded CI machine);
    // here: it becomes searchable with no further action.
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> api.get("api/v1/mentors/search?q=lucia", member).json().getInt("total") == 1);

    JsonObject typo = api.get("api/v1/mentors/search?q=" + q("bakerys prcing"), member).json();
    JsonObject hit =
        typo.getJsonArray("hits").stream()
            .map(h -> h.asJsonObject())
            .filter(h -> h.getString("id").equals("dir-lucia"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("typo query missed dir-lucia: " + typo));
    assertThat(hit.getJsonObject("highlights").getJsonArray("headline").getString(0))
        .contains("<mark>");

    JsonObject synonyms =
        api.get(
                "api/v1/mentors/search?q=accounting&country=ES&language=en&expertise=bookkeeping",
                member)
            .json();
    assertThat(synonyms.getInt("total")).as("accounting ~ bookkeeping, filtered").isEqualTo(1);
    assertThat(
            synonyms
                .getJsonObject("facets")
                .getJsonArray("country")
                .getJsonObject(0)
                .getString("value"))
        .isEqualTo("ES");

    assertThat(api.get("api/v1/mentors/suggest?prefix=luc", member).body())
        .contains("Lucía Fernández");
  }

  @Test
  void badSearchParametersAre400NamingTheParameter() {
    Api api = new Api(base);
    String member = TestTokens.member("dir-params", "member");
    Api.Reply reply =
        api.get("api/v1/mentors/search?size=101&page=0&sort=random&accepting=maybe", member);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(
            reply.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList())
        .containsExactlyInAnyOrder("size", "page", "sort", "accepting");
    assertThat(api.get("api/v1/mentors/search?page=101&size=100", member).status()).isEqualTo(400);
    assertThat(api.get("api/v1/mentors/suggest", member).status()).isEqualTo(400);
    assertThat(api.get("api/v1/mentors/search?q=x", null).status()).isEqualTo(401);
    assertThat(api.get("api/v1/mentors/search?q=" + q("\"((a:b AND*"), member).status())
        .isEqualTo(200);
  }

  @Test
  void concurrentProfileUpdatesAllEndSearchable() throws Exception {
    Api api = new Api(base);
    int mentors = 50;
    int updatesEach = 20;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Integer>> results = new ArrayList<>();
    for (int m = 0; m < mentors; m++) {
      String id = "dir-burst-" + m;
      String token = TestTokens.member(id, "member", "mentor");
      for (int u = 1; u <= updatesEach; u++) {
        String headline = "Burst" + m + " revision" + u;
        results.add(
            pool.submit(
                () ->
                    api.put(
                            "api/v1/mentors/me",
                            token,
                            profile("Burst Mentor", headline, "Sales", "PT"))
                        .status()));
      }
    }
    try {
      for (Future<Integer> r : results) {
        assertThat(r.get()).isIn(200, 409);
      }
    } finally {
      pool.shutdownNow();
    }
    String member = TestTokens.member("dir-burst-reader", "member");
    // Convergence, not speed (the index's latency is a benchmark's business): each round makes a
    // hundred requests, which on a loaded two-core machine can itself take seconds.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              for (int m = 0; m < mentors; m++) {
                JsonObject stored = api.get("api/v1/mentors/dir-burst-" + m, member).json();
                String headline = stored.getString("headline");
                JsonObject found =
                    api.get("api/v1/mentors/search?q=" + q("\"" + headline + "\""), member).json();
                assertThat(found.getInt("total"))
                    .as("final state of dir-burst-%d searchable", m)
                    .isEqualTo(1);
              }
            });
  }

  @Test
  void adminRebuildsTheIndexOnlineWhileSearchesAnswer() {
    Api api = new Api(base);
    String admin = TestTokens.member("dir-admin", "member", "admin");
    String member = TestTokens.member("dir-member", "member");
    assertThat(api.post("api/v1/admin/search/reindex", member, null).status()).isEqualTo(403);
    Api.Reply started = api.post("api/v1/admin/search/reindex", admin, null);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String location = started.header("Location").orElseThrow();
    assertThat(api.get("api/v1/mentors/search", member).status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "DONE".equals(api.get(location, admin).json().getString("status")));
    JsonObject done = api.get(location, admin).json();
    assertThat(done.getJsonNumber("indexed").longValue())
        .isEqualTo(done.getJsonNumber("total").longValue());
    assertThat(api.get("api/v1/admin/search/reindex/nope", admin).status()).isEqualTo(404);
  }

  @Test
  void recommendationsRankAndExplainMentorsForTheMentee() {
    Api api = new Api(base);
    String mentee = TestTokens.member("dir-rec-mentee", "member");
    assertThat(api.get("api/v1/mentors/recommendations", mentee).status())
        .as("no mentee profile yet")
        .isEqualTo(409);
    String good = TestTokens.member("dir-rec-good", "member", "mentor");
    String german = TestTokens.member("dir-rec-german", "member", "mentor");
    api.put(
        "api/v1/mentors/me",
        good,
        """
        {"name": "Rec Good", "headline": "Wholesale pricing for bakeries", "expertise": ["Pricing"],
         "industries": ["Food & Beverage"], "languages": ["es"], "country": "MX",
         "timezone": "America/Mexico_City", "stage": "growth"}
        """);
    api.put(
        "api/v1/mentors/me",
        german,
        """
        {"name": "Rec German", "headline": "Pricing expert", "expertise": ["Pricing"],
         "languages": ["de"], "country": "DE", "timezone": "Europe/Berlin"}
        """);
    assertThat(
            api.put(
                    "api/v1/mentees/me",
                    mentee,
                    """
        {"goals": "I want to set wholesale pricing for my bakery so cafe orders make money",
         "industry": "Food & Beverage", "languages": ["es"], "country": "MX",
         "timezone": "America/Mexico_City", "stage": "early"}
        """)
                .status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              var recommendations =
                  api.get("api/v1/mentors/recommendations?limit=5", mentee).jsonArray();
              assertThat(recommendations).isNotEmpty();
              JsonObject first = recommendations.getJsonObject(0);
              assertThat(first.getString("id")).isEqualTo("dir-rec-good");
              assertThat(first.getInt("score")).isBetween(70, 100);
              assertThat(first.getJsonArray("reasons").toString())
                  .contains("speaks Spanish", "food & beverage industry", "same time zone");
              assertThat(recommendations.toString())
                  .as("no shared language")
                  .doesNotContain("dir-rec-german");
            });
    assertThat(api.get("api/v1/mentors/recommendations?limit=0", mentee).status()).isEqualTo(400);
  }
}
