package org.mentorhub.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mentorhub.notifications.WebhookReceiver;
import org.mentorhub.testing.Api;
import org.mentorhub.testing.ClusterHarness;
import org.mentorhub.testing.TestTokens;
import org.mentorhub.testing.Webinars;

/**
 * Two real Payara Micro nodes on one PostgreSQL with nginx in front, as {@code script/cluster} runs
 * them: what one node writes the other finds, limits and scheduled jobs hold across nodes, and a
 * node killed with SIGKILL under load loses nothing and catches up when it comes back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String SECRET = "whsec_cluster_it_0123456789";
  private static final Duration START = Duration.ofSeconds(240);
  private static final Duration CONVERGE = Duration.ofSeconds(20);

  private static ClusterHarness cluster;
  private static ClusterHarness.Node nodeA;
  private static ClusterHarness.Node nodeB;
  private static WebhookReceiver receiver;
  private static String jdbcUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    // Only the it-postgres execution has a PostgreSQL to share.
    String pgPort = System.getProperty("mentorhub.it.postgres-port");
    Assumptions.assumeTrue(pgPort != null);
    String database = "cluster_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    jdbcUrl = "jdbc:postgresql://localhost:" + pgPort + "/" + database;
    int receiverPort = ClusterHarness.freePort();
    receiver = new WebhookReceiver(receiverPort, SECRET);
    Path dir = Path.of("target", "it-data", "cluster").toAbsolutePath();
    Map<String, String> settings = new HashMap<>();
    settings.put("MENTORHUB_DB_URL", jdbcUrl);
    settings.put("MENTORHUB_DEMO_ENABLED", "false");
    settings.put(
        "MENTORHUB_NOTIFICATIONS_WEBHOOK_URL",
        "http://127.0.0.1:" + receiverPort + "/hooks/mentorhub");
    settings.put("MENTORHUB_NOTIFICATIONS_WEBHOOK_SECRET", SECRET);
    settings.put("MENTORHUB_NOTIFICATIONS_REMINDER_INTERVAL_SECONDS", "1");
    settings.put("MENTORHUB_MAIL_HOST", "");
    settings.put("MENTORHUB_CLUSTER_HEARTBEAT_SECONDS", "1");
    settings.put("MENTORHUB_CLUSTER_NODE_TIMEOUT_SECONDS", "4");
    settings.put("MENTORHUB_DIRECTORY_PRUNE_SECONDS", "2");
    // A small trailing window so the test's few hundred changes are enough to prune past a node.
    settings.put("MENTORHUB_DIRECTORY_OUTBOX_WINDOW", "20");
    // Imports above this many changed mentors ask the other nodes for a rebuild instead.
    settings.put("MENTORHUB_HOSTSYNC_OUTBOX_LIMIT", "4");
    settings.put("MENTORHUB_WEBINARS_RECORDING_DIR", dir.resolve("recordings").toString());
    cluster = new ClusterHarness(dir.resolve(UUID.randomUUID().toString()), settings);
    nodeA = cluster.node("node-a");
    nodeB = cluster.node("node-b");
    // A first, so one node migrates the empty database; then B.
    nodeA.start();
    nodeA.awaitReady(START);
    nodeB.start();
    nodeB.awaitReady(START);
    cluster.startNginx();
    // The first request of each node loads its classes; keep that out of the timings printed.
    found(nodeA.base(), "warm");
    found(nodeB.base(), "warm");
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String profile(String name, String headline) {
    return """
        {"name": "%s", "headline": "%s", "expertise": ["Pricing"], "languages": ["en"],
         "country": "GB", "timezone": "Europe/London", "maxMentees": 3}
        """
        .formatted(name, headline);
  }

  /** The headlines of the mentors a search on {@code base} finds for {@code q}. */
  private static Map<String, String> found(URL base, String q) {
    Api.Reply reply =
        new Api(base)
            .get(
                "api/v1/mentors/search?size=100&q=" + q,
                TestTokens.member("cluster-reader", "member"));
    assertThat(reply.status()).as("search on %s: %s", base, reply).isEqualTo(200);
    JsonObject page = reply.json();
    Map<String, String> out = new HashMap<>();
    page.getJsonArray("hits")
        .getValuesAs(JsonObject.class)
        .forEach(h -> out.put(h.getString("id"), h.getString("headline")));
    return out;
  }

  @Test
  @Order(1)
  void aChangeMadeThroughOneNodeIsSearchableOnTheOther() {
    String mentorId = unique("cl-write");
    String word = "zq" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    String token = TestTokens.member(mentorId, "member", "mentor");
    Api.Reply put =
        new Api(nodeA.base())
            .put("api/v1/mentors/me", token, profile("Cluster Writer", "Wholesale " + word));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    Instant saved = Instant.now();
    await()
        .atMost(CONVERGE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> found(nodeB.base(), word).containsKey(mentorId));
    System.out.println(
        "ClusterIT: written on A, found on B after "
            + Duration.between(saved, Instant.now()).toMillis()
            + " ms");
    // And the other way round, through the balancer, which spreads requests over both nodes.
    String changed = "Retail " + word;
    assertThat(
            new Api(nodeB.base())
                .put("api/v1/mentors/me", token, profile("Cluster Writer", changed))
                .status())
        .isEqualTo(200);
    await()
        .atMost(CONVERGE)
        .until(
            () ->
                changed.equals(found(nodeA.base(), word).get(mentorId))
                    && changed.equals(found(cluster.balanced(), word).get(mentorId))
                    && changed.equals(found(cluster.balanced(), word).get(mentorId)));
  }

  @Test
  @Order(2)
  void theHourlyReportLimitHoldsWhenTheEleventhReportGoesThroughTheOtherNode() {
    String reporterId = unique("cl-reporter");
    String reporter = TestTokens.member(reporterId, "member");
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String target = unique("cl-target");
      new Api(nodeA.base()).get("api/v1/me", TestTokens.member(target, "member"));
      targets.add(target);
    }
    for (int i = 0; i < 10; i++) {
      Api api = new Api(i % 2 == 0 ? nodeA.base() : nodeB.base());
      Api.Reply filed = api.post("api/v1/reports", reporter, report(targets.get(i)));
      assertThat(filed.status()).as("report %d: %s", i + 1, filed).isEqualTo(201);
    }
    Api.Reply eleventh =
        new Api(nodeB.base()).post("api/v1/reports", reporter, report(targets.get(10)));
    assertThat(eleventh.status()).as(eleventh.toString()).isEqualTo(429);
    assertThat(eleventh.header("Retry-After")).isPresent();
    Api.Reply again =
        new Api(nodeA.base()).post("api/v1/reports", reporter, report(targets.get(10)));
    assertThat(again.status()).as("and on the first node too").isEqualTo(429);
  }

  private static String report(String target) {
    return "{\"targetType\":\"MEMBER\",\"targetId\":\""
        + target
        + "\",\"category\":\"SPAM\",\"description\":\"Sends the same advert to every member.\"}";
  }

  @Test
  @Order(3)
  void twentyConcurrentRegistrationsSplitAcrossNodesNeverExceedTheSeats() throws Exception {
    String host = TestTokens.member(unique("cl-host"), "member", "mentor");
    String session = Webinars.officeHour(new Api(cluster.balanced()), host, Duration.ofDays(3), 10);
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      members.add(TestTokens.member(unique("cl-seat"), "member"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      URL base = i % 2 == 0 ? nodeA.base() : nodeB.base();
      String token = members.get(i);
      replies.add(
          pool.submit(
              () -> {
                go.await();
                return new Api(base)
                    .post("api/v1/webinars/sessions/" + session + "/registrations", token, null);
              }));
    }
    go.countDown();
    Map<String, Integer> statuses = new HashMap<>();
    for (Future<Api.Reply> f : replies) {
      Api.Reply r = f.get(60, TimeUnit.SECONDS);
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      statuses.merge(r.json().getString("status"), 1, Integer::sum);
    }
    pool.shutdown();
    assertThat(statuses).containsEntry("REGISTERED", 10).containsEntry("WAITLISTED", 10);
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM webinar_registration WHERE session_id = '"
                    + session
                    + "' AND status = 'REGISTERED'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("registered rows in the database").isEqualTo(10);
    }
  }

  @Test
  @Order(4)
  void aReminderFiresExactlyOnceWithTwoNodesScanning() throws Exception {
    String host = TestTokens.member(unique("cl-rem-host"), "member", "mentor");
    String attendeeId = unique("cl-rem-attendee");
    String attendee = TestTokens.member(attendeeId, "member");
    String session = Webinars.officeHour(new Api(nodeB.base()), host, Duration.ofMinutes(40), 5);
    Api.Reply registered =
        new Api(nodeA.base())
            .post("api/v1/webinars/sessions/" + session + "/registrations", attendee, null);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
    await().atMost(CONVERGE).until(() -> reminders(attendeeId).size() >= 1);
    // Both nodes scan every second: give them several more scans to send a second one.
    Thread.sleep(6000);
    List<WebhookReceiver.Arrival> sent = reminders(attendeeId);
    assertThat(sent).as("SESSION_STARTING deliveries").hasSize(1);
    assertThat(sent.get(0).data().getString("sessionId")).isEqualTo(session);
    assertThat(sent.get(0).signatureValid()).isTrue();
  }

  private static List<WebhookReceiver.Arrival> reminders(String recipient) {
    return receiver.arrivals().stream()
        .filter(a -> a.recipientId().equals(recipient) && a.type().equals("SESSION_STARTING"))
        .toList();
  }

  @Test
  @Order(5)
  void aRebuildAskedForOnOneNodeRunsOnEveryNodeAndAnyNodeReportsIt() {
    String admin = TestTokens.member("cl-admin", "member", "admin");
    Api.Reply started = new Api(nodeA.base()).post("api/v1/admin/search/reindex", admin, null);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String id = started.json().getString("id");
    Api viaB = new Api(nodeB.base());
    await()
        .atMost(CONVERGE)
        .until(
            () ->
                "DONE"
                    .equals(
                        viaB.get("api/v1/admin/search/reindex/" + id, admin)
                            .json()
                            .getString("status")));
    JsonObject done = viaB.get("api/v1/admin/search/reindex/" + id, admin).json();
    assertThat(done.getJsonArray("nodes").getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("nodeId") + "=" + n.getString("status"))
        .containsExactlyInAnyOrder("node-a=DONE", "node-b=DONE");
    assertThat(done.getJsonNumber("indexed").longValue())
        .isEqualTo(done.getJsonNumber("total").longValue());
    List<JsonObject> nodes =
        new Api(cluster.balanced())
            .get("api/v1/admin/search/nodes", admin)
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(nodes)
        .filteredOn(n -> n.getBoolean("live"))
        .extracting(n -> n.getString("nodeId") + "@" + n.getJsonNumber("epoch").longValue())
        .containsExactlyInAnyOrder("node-a@" + id, "node-b@" + id);
    assertThat(
            new Api(nodeB.base())
                .get("api/v1/admin/search/nodes", TestTokens.member("cl-member", "member"))
                .status())
        .isEqualTo(403);
  }

  @Test
  @Order(6)
  void aNodeKilledUnderLoadLosesNoAcknowledgedWriteAndCatchesUpWhenItReturns() throws Exception {
    String word = "kd" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    List<String> mentorIds = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String id = unique("cl-kill");
      mentorIds.add(id);
      assertThat(
              new Api(nodeB.base())
                  .put(
                      "api/v1/mentors/me",
                      mentorToken(id),
                      profile("Kill Drill", word + " round 0"))
                  .status())
          .isEqualTo(200);
    }
    Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger failedWrites = new AtomicInteger();
    AtomicInteger failedSearches = new AtomicInteger();
    AtomicInteger searches = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService load = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      List<String> mine = mentorIds.subList(w * 2, w * 2 + 2);
      workers.add(
          load.submit(
              () -> {
                Api api = new Api(cluster.balanced());
                for (int round = 1; !stop.get(); round++) {
                  for (String id : mine) {
                    Api.Reply r =
                        api.put(
                            "api/v1/mentors/me",
                            mentorToken(id),
                            profile("Kill Drill", word + " round " + round));
                    if (r.status() == 200) {
                      acknowledged.put(id, round);
                    } else {
                      failedWrites.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    workers.add(
        load.submit(
            () -> {
              Api api = new Api(cluster.balanced());
              String reader = TestTokens.member("cl-kill-reader", "member");
              while (!stop.get()) {
                searches.incrementAndGet();
                if (api.get("api/v1/mentors/search?q=" + word, reader).status() != 200) {
                  failedSearches.incrementAndGet();
                }
              }
              return null;
            }));
    Thread.sleep(3000);
    nodeA.kill();
    Thread.sleep(6000);
    stop.set(true);
    for (Future<?> f : workers) {
      f.get(60, TimeUnit.SECONDS);
    }
    load.shutdown();
    System.out.printf(
        "ClusterIT: kill drill: %d acknowledged rounds, %d failed writes, %d searches, %d failed%n",
        acknowledged.values().stream().mapToInt(Integer::intValue).sum(),
        failedWrites.get(),
        searches.get(),
        failedSearches.get());
    assertThat(failedSearches.get()).as("searches through nginx while a node died").isZero();
    assertThat(failedWrites.get()).as("writes refused (only those in flight on A)").isLessThan(4);

    // Every acknowledged write is in the database and in B's index.
    Api viaB = new Api(nodeB.base());
    Map<String, String> expected = new HashMap<>();
    for (String id : mentorIds) {
      String headline =
          viaB.get("api/v1/mentors/" + id, TestTokens.member("cl-kill-reader", "member"))
              .json()
              .getString("headline");
      int round = Integer.parseInt(headline.substring(headline.lastIndexOf(' ') + 1));
      assertThat(round)
          .as("%s: stored round vs last acknowledged", id)
          .isGreaterThanOrEqualTo(acknowledged.getOrDefault(id, 0));
      expected.put(id, headline);
    }
    await().atMost(CONVERGE).until(() -> found(nodeB.base(), word).equals(expected));

    // Changes while A is away, enough for B to prune the outbox past where A stood.
    for (int round = 1; round <= 10; round++) {
      for (String id : mentorIds) {
        String headline = word + " after " + round;
        assertThat(
                viaB.put("api/v1/mentors/me", mentorToken(id), profile("Kill Drill", headline))
                    .status())
            .isEqualTo(200);
        expected.put(id, headline);
      }
    }
    await()
        .atMost(CONVERGE)
        .until(() -> scalar("SELECT pruned_through FROM index_state") > appliedThrough("node-a"));

    nodeA.start();
    nodeA.awaitReady(START);
    assertThat(found(nodeA.base(), word))
        .as("A's index right after it is ready")
        .isEqualTo(expected);
    assertThat(nodeA.logText()).contains("changes it had not applied were pruned from the outbox");
    await().atMost(CONVERGE).until(() -> found(cluster.balanced(), word).equals(expected));
  }

  @Test
  @Order(7)
  void aNodeThatMissedMoreThanABatchOfChangesHasAppliedThemAllWhenItIsReady() throws Exception {
    String word = "lt" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    List<String> late = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = unique("cl-late");
      late.add(id);
      assertThat(
              new Api(nodeA.base())
                  .put("api/v1/mentors/me", mentorToken(id), profile("Late Reader", "Before"))
                  .status())
          .isEqualTo(200);
    }
    await().atMost(CONVERGE).until(() -> scalar("SELECT COUNT(*) FROM index_node") == 2);
    nodeB.stop();
    // What thousands of changes look like in the outbox while B is away: the changed mentors'
    // rows come last, behind more than one read's worth of other rows.
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      c.setAutoCommit(false);
      try (var s =
          c.prepareStatement(
              "INSERT INTO index_outbox (mentor_id, created_at) VALUES (?, now())")) {
        for (int i = 0; i < 5000; i++) {
          s.setString(1, "cl-gone-" + i);
          s.addBatch();
        }
        s.executeBatch();
      }
      for (String id : late) {
        try (var s = c.prepareStatement("UPDATE mentor_profile SET headline = ? WHERE id = ?")) {
          s.setString(1, "After " + word);
          s.setString(2, id);
          assertThat(s.executeUpdate()).isEqualTo(1);
        }
        try (var s =
            c.prepareStatement(
                "INSERT INTO index_outbox (mentor_id, created_at) VALUES (?, now())")) {
          s.setString(1, id);
          s.executeUpdate();
        }
      }
      c.commit();
    }
    nodeB.start();
    nodeB.awaitReady(START);
    assertThat(found(nodeB.base(), word).keySet())
        .as("B's index as soon as it says it is ready")
        .containsExactlyInAnyOrderElementsOf(late);
  }

  @Test
  @Order(8)
  void importsThroughOneNodeReachTheOtherNodesIndexEitherWay() throws Exception {
    String admin = TestTokens.member("cl-admin", "member", "admin");
    String small = "sm" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    long epochBefore = scalar("SELECT epoch FROM index_state");
    // Three mentors: within the outbox limit, so each gets an outbox row the other node tails.
    JsonObject first = importMentors(nodeA.base(), nodeB.base(), admin, small, 3);
    assertThat(first.getJsonNumber("imported").longValue()).isEqualTo(3);
    await().atMost(CONVERGE).until(() -> found(nodeB.base(), small).size() == 3);
    assertThat(scalar("SELECT epoch FROM index_state")).isEqualTo(epochBefore);

    // Six: past the limit, so the import ends by asking every other node for a rebuild.
    String large = "lg" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    JsonObject second = importMentors(nodeB.base(), nodeA.base(), admin, large, 6);
    assertThat(second.getJsonNumber("imported").longValue()).isEqualTo(6);
    await().atMost(CONVERGE).until(() -> found(nodeB.base(), large).size() == 6);
    await().atMost(CONVERGE).until(() -> found(nodeA.base(), large).size() == 6);
    assertThat(scalar("SELECT epoch FROM index_state")).isEqualTo(epochBefore + 1);
    assertThat(nodeA.logText()).contains("a bulk import on node-b");
  }

  /** Imports {@code count} mentors through {@code via}, following the job on {@code watch}. */
  private static JsonObject importMentors(
      URL via, URL watch, String admin, String word, int count) {
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String id = "cl-imp-" + word + "-" + i;
      file.append(
          """
          {"id":"%s","name":"Imported %s","email":"%s@host.example","headline":"Pricing %s",          "expertise":["Pricing"],"languages":["en"],"country":"GB","timezone":"Europe/London"}
          """
              .formatted(id, id, id, word));
    }
    Api.Reply started =
        new Api(via)
            .send(
                "POST",
                "api/v1/admin/import/mentors",
                admin,
                "application/x-ndjson",
                file.toString(),
                Map.of());
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String location = started.header("Location").orElseThrow();
    String path = location.substring(location.indexOf("api/v1/"));
    JsonObject[] job = new JsonObject[1];
    await()
        .atMost(CONVERGE)
        .until(
            () -> {
              job[0] = new Api(watch).get(path, admin).json();
              return !job[0].getString("status").equals("RUNNING");
            });
    assertThat(job[0].getString("status")).as(job[0].toString()).isEqualTo("COMPLETED");
    return job[0];
  }

  private static String mentorToken(String id) {
    return TestTokens.member(id, "member", "mentor");
  }

  private static long appliedThrough(String node) throws SQLException {
    return scalar("SELECT applied_through FROM index_node WHERE node_id = '" + node + "'");
  }

  private static long scalar(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
