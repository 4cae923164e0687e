package org.mentorhub.hostsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.PluginDeployment;
import org.mentorhub.testing.TestTokens;

/**
 * Host integration over HTTP on PostgreSQL: bulk import jobs (counts, errors, search, idempotence,
 * bad requests), erasure (no personal field left in any text column of any table, gone from search,
 * idempotent) and the member's data export.
 */
@ExtendWith(ArquillianExtension.class)
class HostIntegrationIT {

  private static final String NDJSON = "application/x-ndjson";
  private static final String ADMIN = TestTokens.member("hi-admin", "member", "admin");
  private static final String MEMBER = TestTokens.member("hi-member", "member");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PluginDeployment.war();
  }

  @ArquillianResource URL base;

  private static String mentorLine(String id, String headline) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"Imported "
        + id
        + "\",\"email\":\""
        + id
        + "@host.example\",\"headline\":\""
        + headline
        + "\",\"bio\":\"Years of running shops.\",\"expertise\":[\"Pricing\",\"Hiring\"],"
        + "\"industries\":[\"Retail\"],\"languages\":[\"en\"],\"country\":\"GB\","
        + "\"timezone\":\"Europe/London\",\"stage\":\"growth\",\"yearsInBusiness\":12}";
  }

  private static Api.Reply post(Api api, String path, String token, String type, String body) {
    return api.send("POST", path, token, type, body, Map.of());
  }

  private static JsonObject awaitJob(Api api, Api.Reply started) {
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String location = started.header("Location").orElseThrow();
    assertThat(location).contains("api/v1/admin/import/jobs/");
    String path = location.substring(location.indexOf("api/v1/"));
    JsonObject[] job = new JsonObject[1];
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              job[0] = api.get(path, ADMIN).json();
              return !job[0].getString("status").equals("RUNNING");
            });
    return job[0];
  }

  private static int searchTotal(Api api, String q) {
    return api.get("api/v1/mentors/search?q=" + q, MEMBER).json().getInt("total");
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void importsGoodLinesReportsBadOnesAndReimportingChangesNothing() throws Exception {
    Api api = new Api(base);
    String file =
        String.join(
            "\n",
            mentorLine("hi-imp-1", "Quokkaprice strategies for small shops"),
            "{not json",
            mentorLine("hi-imp-2", "Quokkaprice hiring for cafes"),
            mentorLine("hi-imp-3", "Bad country").replace("\"GB\"", "\"XX\""),
            mentorLine("hi-imp-4", "Wrong type")
                .replace("\"yearsInBusiness\":12", "\"yearsInBusiness\":\"many\""),
            "",
            mentorLine("hi-imp-5", "Quokkaprice exports"));

    JsonObject job = awaitJob(api, post(api, "api/v1/admin/import/mentors", ADMIN, NDJSON, file));

    assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
    assertThat(job.getString("kind")).isEqualTo("MENTORS");
    assertThat(job.getJsonNumber("read").longValue()).isEqualTo(6);
    assertThat(job.getJsonNumber("imported").longValue()).isEqualTo(3);
    assertThat(job.getJsonNumber("rejected").longValue()).isEqualTo(3);
    List<String> errors = new ArrayList<>();
    for (JsonValue e : job.getJsonArray("errors")) {
      errors.add(e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("field"));
    }
    assertThat(errors).containsExactly("2:line", "4:country", "5:yearsInBusiness");
    await().atMost(Duration.ofSeconds(30)).until(() -> searchTotal(api, "quokkaprice") == 3);
    // Other nodes learn of imported mentors only from the outbox.
    List<String> announced = List.of("hi-imp-1", "hi-imp-2", "hi-imp-5");
    assertOutboxRows(announced, 1);
    JsonObject profile = api.get("api/v1/mentors/hi-imp-1", MEMBER).json();
    assertThat(profile.getString("name")).isEqualTo("Imported hi-imp-1");
    long version = profile.getJsonNumber("version").longValue();

    JsonObject again = awaitJob(api, post(api, "api/v1/admin/import/mentors", ADMIN, NDJSON, file));
    assertThat(again.getJsonNumber("imported").longValue()).isEqualTo(3);
    assertThat(
            api.get("api/v1/mentors/hi-imp-1", MEMBER).json().getJsonNumber("version").longValue())
        .isEqualTo(version);
    assertThat(searchTotal(api, "quokkaprice")).isEqualTo(3);
    assertOutboxRows(announced, 1);

    String mentees =
        "{\"id\":\"hi-mentee-1\",\"name\":\"Mentee One\",\"email\":\"m1@host.example\","
            + "\"goals\":\"Open a second bakery within a year\",\"languages\":[\"en\"],"
            + "\"country\":\"GB\",\"timezone\":\"Europe/London\",\"stage\":\"early\"}\n"
            + "{\"id\":\"hi-mentee-2\",\"name\":\"Mentee Two\",\"goals\":\"short\","
            + "\"languages\":[\"en\"],\"country\":\"GB\",\"timezone\":\"Europe/London\","
            + "\"stage\":\"early\"}\n";
    JsonObject menteeJob =
        awaitJob(api, post(api, "api/v1/admin/import/mentees", ADMIN, NDJSON, mentees));
    assertThat(menteeJob.getString("kind")).isEqualTo("MENTEES");
    assertThat(menteeJob.getJsonNumber("imported").longValue()).isEqualTo(1);
    assertThat(menteeJob.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("goals");
    JsonObject needs =
        api.get("api/v1/mentees/me", TestTokens.member("hi-mentee-1", "member")).json();
    assertThat(needs.getString("goals")).isEqualTo("Open a second bakery within a year");
  }

  @Test
  void importRefusesAnonymousNonAdminsOtherMediaTypesAndEmptyBodies() {
    Api api = new Api(base);
    String line = mentorLine("hi-refused", "Never imported");

    assertProblem(post(api, "api/v1/admin/import/mentors", null, NDJSON, line), 401);
    assertProblem(post(api, "api/v1/admin/import/mentors", MEMBER, NDJSON, line), 403);
    assertProblem(post(api, "api/v1/admin/import/mentors", ADMIN, "application/json", line), 415);
    Api.Reply empty = post(api, "api/v1/admin/import/mentees", ADMIN, NDJSON, "\n  \n");
    assertProblem(empty, 400);
    assertThat(empty.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("body");
    assertProblem(api.get("api/v1/admin/import/jobs/no-such-job", ADMIN), 404);
    assertProblem(api.get("api/v1/admin/import/jobs/no-such-job", MEMBER), 403);
    assertThat(api.get("api/v1/mentors/hi-refused", MEMBER).status()).isEqualTo(404);
  }

  @Test
  void erasureLeavesNoPersonalFieldAnywhereAndExportHoldsEverySection() throws Exception {
    Api api = new Api(base);
    String id = "hi-erase-" + System.nanoTime();
    String name = "Test " + id;
    String email = id + "@example.org";
    String me = TestTokens.member(id, "member", "mentor");
    String otherId = "hi-other-mentor";
    String other = TestTokens.member(otherId, "member", "mentor");
    String reporter = TestTokens.member("hi-reporter", "member");

    ok(
        api.put(
            "api/v1/mentors/me",
            me,
            """
            {"name": "%s", "headline": "Zebrafinch pricing coach", "bio": "Write to %s",
             "expertise": ["Pricing"], "languages": ["en"], "country": "GB",
             "timezone": "Europe/London"}
            """
                .formatted(name, email)));
    ok(
        api.put(
            "api/v1/mentors/me",
            other,
            """
            {"name": "Other Mentor", "headline": "Hiring coach", "expertise": ["Hiring"],
             "languages": ["en"], "country": "GB", "timezone": "Europe/London"}
            """));
    ok(
        api.put(
            "api/v1/mentees/me",
            me,
            """
            {"goals": "I am %s and want to grow my shop", "languages": ["en"], "country": "GB",
             "timezone": "Europe/London", "stage": "early"}
            """
                .formatted(name)));
    Api.Reply request =
        api.post(
            "api/v1/mentorship-requests",
            me,
            "{\"mentorId\":\""
                + otherId
                + "\",\"ask\":\"I run a two-person bakery and want to price wholesale orders so"
                + " they cover our costs.\",\"offer\":\"Bread from "
                + name
                + "\"}");
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    String startsAt =
        Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString();
    Api.Reply webinar =
        api.post(
            "api/v1/webinars",
            other,
            """
            {"title": "Office hour", "kind": "OFFICE_HOURS", "description": "Questions",
             "startsAt": "%s", "durationMinutes": 60, "timezone": "Europe/London",
             "capacity": 10}
            """
                .formatted(startsAt));
    assertThat(webinar.status()).as(webinar.toString()).isEqualTo(201);
    String session = webinar.json().getJsonArray("sessions").getJsonObject(0).getString("id");
    Api.Reply registered =
        api.post("api/v1/webinars/sessions/" + session + "/registrations", me, "");
    assertThat(registered.status()).as(registered.toString()).isBetween(200, 201);
    ok(api.post("api/v1/tracks/onboarding/enrollment", me, null));
    ok(
        api.post(
            "api/v1/tracks/onboarding/steps/why-you-joined/completion",
            me,
            "{\"answer\": \"I am " + name + ", reach me at " + email + "\"}"));
    Api.Reply filed =
        api.post(
            "api/v1/reports",
            me,
            "{\"targetType\":\"MENTOR_PROFILE\",\"targetId\":\""
                + otherId
                + "\",\"category\":\"NO_SHOW\",\"description\":\"Missed our call twice.\"}");
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    Api.Reply about =
        api.post(
            "api/v1/reports",
            reporter,
            "{\"targetType\":\"MEMBER\",\"targetId\":\""
                + id
                + "\",\"category\":\"SPAM\",\"description\":\"Kept sending hiddenreporterword.\"}");
    assertThat(about.status()).as(about.toString()).isEqualTo(201);
    await().atMost(Duration.ofSeconds(30)).until(() -> searchTotal(api, "zebrafinch") == 1);

    // Export: every section, every entity type created above, nothing about reports on them.
    Api.Reply exported = api.get("api/v1/me/export", me);
    assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
    JsonObject doc = exported.json();
    assertThat(doc.keySet()).contains("member", "directory", "webinars", "training", "moderation");
    assertThat(doc.getJsonObject("member").getString("email")).isEqualTo(email);
    JsonObject directory = doc.getJsonObject("directory");
    assertThat(directory.getJsonObject("mentorProfile").getString("name")).isEqualTo(name);
    assertThat(directory.getJsonObject("menteeProfile").getString("goals")).contains(name);
    JsonArray requests = directory.getJsonArray("mentorshipRequests");
    assertThat(requests).hasSize(1);
    assertThat(requests.getJsonObject(0).getString("offer")).isEqualTo("Bread from " + name);
    assertThat(requests.getJsonObject(0).getString("mentorId")).isEqualTo(otherId);
    assertThat(
            doc.getJsonObject("webinars")
                .getJsonArray("registrations")
                .getJsonObject(0)
                .getString("sessionId"))
        .isEqualTo(session);
    assertThat(
            doc.getJsonObject("training")
                .getJsonArray("enrollments")
                .getJsonObject(0)
                .getString("track"))
        .isEqualTo("onboarding");
    assertThat(doc.getJsonObject("training").getJsonArray("completedSteps").toString())
        .contains("why-you-joined", "reach me at " + email);
    JsonArray reports = doc.getJsonObject("moderation").getJsonArray("reportsFiled");
    assertThat(reports).hasSize(1);
    assertThat(reports.getJsonObject(0).getString("targetId")).isEqualTo(otherId);
    assertThat(reports.getJsonObject(0).getString("description"))
        .isEqualTo("Missed our call twice.");
    assertThat(exported.body()).doesNotContain("hiddenreporterword", "hi-reporter");

    // Erasure: refused without admin, then done, and done again.
    String erasePath = "api/v1/admin/members/" + id;
    assertProblem(api.send("DELETE", erasePath, null, null, null, Map.of()), 401);
    assertProblem(api.send("DELETE", erasePath, MEMBER, null, null, Map.of()), 403);
    assertProblem(
        api.send("DELETE", "api/v1/admin/members/hi-never-existed", ADMIN, null, null, Map.of()),
        404);
    assertThat(api.send("DELETE", erasePath, ADMIN, null, null, Map.of()).status()).isEqualTo(204);
    assertThat(api.send("DELETE", erasePath, ADMIN, null, null, Map.of()).status()).isEqualTo(204);

    await().atMost(Duration.ofSeconds(30)).until(() -> searchTotal(api, "zebrafinch") == 0);
    assertThat(api.get("api/v1/mentors/" + id, MEMBER).status()).isEqualTo(404);
    // The request stays for the mentor's statistics, under a pseudonym and without the words.
    JsonObject kept =
        api.get("api/v1/mentorship-requests?role=mentor", other).jsonArray().getJsonObject(0);
    assertThat(kept.toString()).doesNotContain(id);
    assertThat(kept.getString("status")).isEqualTo("WITHDRAWN");

    List<String> found = scanTextColumns(name, email);
    assertThat(found).as("columns still holding the erased member's name or email").isEmpty();
  }

  private static void ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isBetween(200, 204);
  }

  /** Each of these mentors has {@code rows} rows in the index outbox (on the PostgreSQL run). */
  private static void assertOutboxRows(List<String> mentorIds, long rows) throws Exception {
    String port = System.getProperty("mentorhub.it.postgres-port");
    if (port == null) {
      return; // an H2 run: the rest of the test still holds
    }
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM index_outbox WHERE mentor_id = ?")) {
      for (String id : mentorIds) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          assertThat(rs.getLong(1)).as("outbox rows of " + id).isEqualTo(rows);
        }
      }
    }
  }

  /** Every text column of every table that still contains one of the values. */
  private static List<String> scanTextColumns(String... values) throws Exception {
    String port = System.getProperty("mentorhub.it.postgres-port");
    Assumptions.assumeTrue(port != null, "the database scan needs the PostgreSQL run");
    List<String> found = new ArrayList<>();
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres")) {
      List<String[]> columns = new ArrayList<>();
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT table_name, column_name FROM information_schema.columns"
                      + " WHERE table_schema = 'public' AND data_type IN"
                      + " ('character varying', 'character', 'text')");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      assertThat(columns).hasSizeGreaterThan(30);
      for (String[] column : columns) {
        for (String value : values) {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM \""
                      + column[0]
                      + "\" WHERE POSITION(LOWER(?) IN LOWER(\""
                      + column[1]
                      + "\")) > 0")) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              if (rs.getLong(1) > 0) {
                found.add(column[0] + "." + column[1] + " holds " + value);
              }
            }
          }
        }
      }
    }
    return found;
  }
}
