package org.mentorhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Reporting and moderation over HTTP, against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private static String report(String type, String id, String category) {
    return "{\"targetType\":\""
        + type
        + "\",\"targetId\":\""
        + id
        + "\",\"category\":\""
        + category
        + "\",\"description\":\"Asked me for money during our first session.\"}";
  }

  private static String mentorProfile(String name, String expertise) {
    return "{\"name\":\""
        + name
        + "\",\"headline\":\"Helps with "
        + expertise
        + "\",\"expertise\":[\""
        + expertise
        + "\"],\"languages\":[\"en\"],\"country\":\"GB\",\"timezone\":\"Europe/London\"}";
  }

  /** The cases in the queue (as {@code moderator} sees it) about one target. */
  private static List<JsonObject> casesAbout(
      Api api, String moderator, String type, String targetId) {
    return api
        .get("api/v1/moderation/cases?targetType=" + type + "&size=100", moderator)
        .json()
        .getJsonArray("cases")
        .stream()
        .map(v -> v.asJsonObject())
        .filter(v -> v.getString("targetId").equals(targetId))
        .toList();
  }

  private static JsonObject caseAbout(Api api, String moderator, String type, String targetId) {
    List<JsonObject> cases = casesAbout(api, moderator, type, targetId);
    assertThat(cases).as("one open case about %s", targetId).hasSize(1);
    return cases.get(0);
  }

  private static int searchTotal(Api api, String token, String q) {
    return api.get("api/v1/mentors/search?q=" + q, token).json().getInt("total");
  }

  @Test
  void hidingAMentorRemovesThemFromSearchAndRestoringBringsThemBackWithAnAuditTrail() {
    Api api = new Api(base);
    String mentor = TestTokens.member("mod-hidden", "member", "mentor");
    String reporter = TestTokens.member("mod-reporter", "member");
    String moderator = TestTokens.member("mod-moderator", "member", "moderator");
    assertThat(
            api.put("api/v1/mentors/me", mentor, mentorProfile("Hidden Mentor", "Zymurgy"))
                .status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> searchTotal(api, reporter, "zymurgy") == 1);

    Api.Reply filed =
        api.post(
            "api/v1/reports",
            reporter,
            report("MENTOR_PROFILE", "mod-hidden", "MISREPRESENTATION"));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    assertThat(filed.json().getString("status")).isEqualTo("OPEN");

    JsonObject c = caseAbout(api, moderator, "MENTOR_PROFILE", "mod-hidden");
    assertThat(c.getString("status")).isEqualTo("OPEN");
    String caseId = c.getString("id");
    assertThat(c.getInt("reportCount")).isEqualTo(1);
    assertThat(c.getBoolean("overdue")).isFalse();

    assertThat(
            api.post("api/v1/moderation/cases/" + caseId + "/assign", moderator, "{}")
                .json()
                .getString("status"))
        .isEqualTo("IN_REVIEW");
    Api.Reply noNote =
        api.post(
            "api/v1/moderation/cases/" + caseId + "/actions",
            moderator,
            "{\"action\":\"HIDE_PROFILE\"}");
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("note");

    assertThat(
            api.post(
                    "api/v1/moderation/cases/" + caseId + "/actions",
                    moderator,
                    "{\"action\":\"HIDE_PROFILE\",\"note\":\"Profile claims a license they do not hold.\"}")
                .status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> searchTotal(api, reporter, "zymurgy") == 0);
    assertThat(api.get("api/v1/mentors/mod-hidden", reporter).status())
        .as("hidden profile unknown to members")
        .isEqualTo(404);
    assertThat(
            api.get("api/v1/reports/mine", reporter)
                .jsonArray()
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("RESOLVED");

    assertThat(
            api.post(
                    "api/v1/moderation/cases/" + caseId + "/actions",
                    moderator,
                    "{\"action\":\"RESTORE\",\"note\":\"License verified after all.\"}")
                .status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> searchTotal(api, reporter, "zymurgy") == 1);

    List<String> actions =
        api.get("api/v1/moderation/cases/" + caseId + "/audit", moderator).jsonArray().stream()
            .map(v -> v.asJsonObject().getString("action"))
            .toList();
    assertThat(actions).containsExactly("OPENED", "REPORTED", "ASSIGN", "HIDE_PROFILE", "RESTORE");
    for (String method : List.of("PUT", "DELETE", "POST", "PATCH")) {
      assertThat(
              api.send(
                      method,
                      "api/v1/moderation/cases/" + caseId + "/audit",
                      moderator,
                      "application/json",
                      "[]",
                      Map.of())
                  .status())
          .as("the audit trail cannot be changed with %s", method)
          .isEqualTo(405);
    }
    assertThat(api.get("api/v1/moderation/cases/" + caseId + "/audit", moderator).jsonArray())
        .hasSize(5);
  }

  @Test
  void concurrentReportsOnOneTargetMakeOneCaseAndThreeReportersHideAProfile() throws Exception {
    Api api = new Api(base);
    String mentor = TestTokens.member("mod-crowd", "member", "mentor");
    String moderator = TestTokens.member("mod-crowd-moderator", "member", "moderator");
    assertThat(
            api.put("api/v1/mentors/me", mentor, mentorProfile("Crowd Mentor", "Quillwork"))
                .status())
        .isEqualTo(200);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        String reporter = TestTokens.member("mod-crowd-reporter-" + i, "member");
        replies.add(
            pool.submit(
                () ->
                    api.post(
                        "api/v1/reports",
                        reporter,
                        report("MENTOR_PROFILE", "mod-crowd", "SPAM"))));
      }
      for (Future<Api.Reply> reply : replies) {
        assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    List<JsonObject> cases = casesAbout(api, moderator, "MENTOR_PROFILE", "mod-crowd");
    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).getInt("reportCount")).isEqualTo(50);
    String reader = TestTokens.member("mod-crowd-reader", "member");
    await().atMost(Duration.ofSeconds(10)).until(() -> searchTotal(api, reader, "quillwork") == 0);
    assertThat(
            api.get("api/v1/moderation/cases/" + cases.get(0).getString("id") + "/audit", moderator)
                .body())
        .contains("AUTO_HIDE");
  }

  @Test
  void reportingRulesAndTheReportedMemberSeesOnlyTheirWarning() {
    Api api = new Api(base);
    String target = TestTokens.member("mod-target", "member");
    String reporter = TestTokens.member("mod-rules-reporter", "member");
    String moderator = TestTokens.member("mod-rules-moderator", "member", "moderator");
    api.get("api/v1/me", target);

    assertThat(
            api.post("api/v1/reports", reporter, report("MEMBER", "nobody-here", "SPAM")).status())
        .isEqualTo(404);
    assertThat(api.post("api/v1/reports", target, report("MEMBER", "mod-target", "SPAM")).status())
        .as("self")
        .isEqualTo(400);
    Api.Reply badEnum =
        api.post("api/v1/reports", reporter, report("MEMBER", "mod-target", "RUDE"));
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(badEnum.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("category");
    Api.Reply shortText =
        api.post(
            "api/v1/reports",
            reporter,
            "{\"targetType\":\"MEMBER\",\"targetId\":\"mod-target\",\"category\":\"SPAM\",\"description\":\"bad\"}");
    assertThat(shortText.status()).isEqualTo(400);

    String first =
        api.post("api/v1/reports", reporter, report("MEMBER", "mod-target", "SPAM"))
            .json()
            .getString("reportId");
    String again =
        api.post("api/v1/reports", reporter, report("MEMBER", "mod-target", "HARASSMENT"))
            .json()
            .getString("reportId");
    assertThat(again).as("the same reporter updates their report").isEqualTo(first);

    JsonObject c = caseAbout(api, moderator, "MEMBER", "mod-target");
    assertThat(c.getInt("reportCount")).isEqualTo(1);
    assertThat(c.getJsonArray("categories").toString()).contains("HARASSMENT");
    assertThat(
            api.post(
                    "api/v1/moderation/cases/" + c.getString("id") + "/actions",
                    moderator,
                    "{\"action\":\"WARN\",\"note\":\"First warning for repeated messages.\"}")
                .status())
        .isEqualTo(200);

    String me = api.get("api/v1/me", target).body();
    assertThat(me).contains("WARNING", "HARASSMENT").doesNotContain("mod-rules-reporter");
  }

  @Test
  void theEleventhReportInAnHourIsRefusedWithRetryAfter() {
    Api api = new Api(base);
    String reporter = TestTokens.member("mod-rate", "member");
    for (int i = 0; i < 11; i++) {
      String target = "mod-rate-target-" + i;
      api.get("api/v1/me", TestTokens.member(target, "member"));
      Api.Reply reply = api.post("api/v1/reports", reporter, report("MEMBER", target, "SPAM"));
      if (i < 10) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      } else {
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(reply.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
      }
    }
  }

  @Test
  void safetyReportsTopTheQueueAndModeratorsNeverHandleCasesAboutThemselves() {
    Api api = new Api(base);
    String moderator = TestTokens.member("mod-self", "member", "moderator");
    String other = TestTokens.member("mod-other", "member", "moderator");
    String reporter = TestTokens.member("mod-safety-reporter", "member");
    api.get("api/v1/me", moderator);
    String unsafe = TestTokens.member("mod-unsafe", "member");
    api.get("api/v1/me", unsafe);
    api.post("api/v1/reports", reporter, report("MEMBER", "mod-self", "SPAM"));
    api.post("api/v1/reports", reporter, report("MEMBER", "mod-unsafe", "SAFETY"));

    JsonObject top =
        api.get("api/v1/moderation/cases?status=OPEN&sort=priority", other)
            .json()
            .getJsonArray("cases")
            .getJsonObject(0);
    assertThat(top.getJsonArray("categories").toString()).contains("SAFETY");

    String aboutSelf = caseAbout(api, other, "MEMBER", "mod-self").getString("id");
    assertThat(api.get("api/v1/moderation/cases?targetType=MEMBER&size=100", moderator).body())
        .doesNotContain(aboutSelf);
    assertThat(api.get("api/v1/moderation/cases/" + aboutSelf, moderator).status()).isEqualTo(403);
    assertThat(
            api.post(
                    "api/v1/moderation/cases/" + aboutSelf + "/actions",
                    moderator,
                    "{\"action\":\"DISMISS\",\"note\":\"mine\"}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void everyModerationEndpointRefusesMembersAndAnonymousCallers() {
    Api api = new Api(base);
    String member = TestTokens.member("mod-plain", "member");
    String mentor = TestTokens.member("mod-plain-mentor", "member", "mentor");
    String moderator = TestTokens.member("mod-matrix", "member", "moderator");
    String admin = TestTokens.member("mod-admin", "member", "admin");
    List<String[]> endpoints =
        List.of(
            new String[] {"GET", "api/v1/moderation/cases"},
            new String[] {"GET", "api/v1/moderation/cases/x"},
            new String[] {"POST", "api/v1/moderation/cases/x/assign"},
            new String[] {"POST", "api/v1/moderation/cases/x/actions"},
            new String[] {"GET", "api/v1/moderation/cases/x/audit"},
            new String[] {"GET", "api/v1/moderation/metrics"});
    for (String[] e : endpoints) {
      String body = e[0].equals("POST") ? "{}" : null;
      String type = body == null ? null : "application/json";
      assertThat(api.send(e[0], e[1], null, type, body, Map.of()).status())
          .as("anonymous %s", e[1])
          .isEqualTo(401);
      assertThat(api.send(e[0], e[1], member, type, body, Map.of()).status())
          .as("member %s", e[1])
          .isEqualTo(403);
      assertThat(api.send(e[0], e[1], mentor, type, body, Map.of()).status())
          .as("mentor %s", e[1])
          .isEqualTo(403);
    }
    assertThat(api.get("api/v1/moderation/metrics", moderator).status()).isEqualTo(403);
    assertThat(api.get("api/v1/moderation/metrics", admin).json().keySet())
        .contains("openCases", "resolutionMedianMinutes");
    assertThat(api.get("api/v1/moderation/cases/x", moderator).status()).isEqualTo(404);
    assertThat(api.get("api/v1/moderation/cases?status=LOST", moderator).status()).isEqualTo(400);
    assertThat(api.get("api/v1/reports/mine", null).status()).isEqualTo(401);
  }

  @Test
  void aSuspendedMentorLeavesSearchCannotHostOfficeHoursAndSeesTheSuspension() {
    Api api = new Api(base);
    String mentor = TestTokens.member("mod-suspended", "member", "mentor");
    String reporter = TestTokens.member("mod-suspension-reporter", "member");
    String moderator = TestTokens.member("mod-suspension-moderator", "member", "moderator");
    assertThat(
            api.put("api/v1/mentors/me", mentor, mentorProfile("Suspended Mentor", "Xylography"))
                .status())
        .isEqualTo(200);
    String caseId =
        api.post("api/v1/reports", reporter, report("MENTOR_PROFILE", "mod-suspended", "SAFETY"))
            .json()
            .getString("reportId");
    JsonObject c = caseAbout(api, moderator, "MENTOR_PROFILE", "mod-suspended");
    assertThat(caseId).isNotBlank();
    assertThat(
            api.post(
                    "api/v1/moderation/cases/" + c.getString("id") + "/actions",
                    moderator,
                    "{\"action\":\"SUSPEND_MENTOR\",\"note\":\"Threatened a mentee during a session.\"}")
                .status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> searchTotal(api, reporter, "xylography") == 0);
    String officeHours =
        """
        {"title": "Ask me anything", "kind": "OFFICE_HOURS", "startsAt": "%s",
         "durationMinutes": 60, "timezone": "UTC", "capacity": 10}
        """
            .formatted(
                java.time.Instant.now()
                    .plus(Duration.ofDays(3))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    Api.Reply refused = api.post("api/v1/webinars", mentor, officeHours);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(api.get("api/v1/me", mentor).body())
        .contains("SUSPENSION", "SAFETY")
        .doesNotContain("mod-suspension-reporter");
  }
}
