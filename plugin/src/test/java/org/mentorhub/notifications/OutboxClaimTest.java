package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.testing.TestDatabases;

/**
 * The outbox's claim statements on real PostgreSQL and on H2, as several nodes would run them at
 * once: every due head row goes to exactly one node, a live claim is never taken over, an expired
 * one is, and a recipient's later row waits for the earlier one.
 */
class OutboxClaimTest {

  private static final OffsetDateTime NOW =
      Instant.parse("2026-11-23T12:00:00Z").atOffset(ZoneOffset.UTC);

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void postgresNodesClaimDisjointHeadsInOrder() throws Exception {
    DataSource ds = postgres.getPostgresDatabase();
    migrate(ds);
    assertClaims(ds, " FOR UPDATE SKIP LOCKED");
  }

  @Test
  void h2NodesClaimDisjointHeadsInOrder(@TempDir Path dir) throws Exception {
    JdbcDataSource ds = TestDatabases.h2(dir);
    migrate(ds);
    assertClaims(ds, "");
  }

  private static void migrate(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }

  private static void assertClaims(DataSource ds, String lock) throws Exception {
    try (Connection c = ds.getConnection()) {
      c.createStatement().executeUpdate("DELETE FROM notification_outbox");
      for (int i = 1; i <= 3; i++) {
        insert(c, "r1-" + i, "r1");
      }
      insert(c, "r2-1", "r2");
      insert(c, "r2-2", "r2");
      for (int i = 1; i <= 6; i++) {
        insert(c, "solo-" + i, "solo-" + i);
      }
    }

    // Four nodes poll at the same moment; together they claim each head once.
    int nodes = 4;
    CyclicBarrier start = new CyclicBarrier(nodes);
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      String node = "node-" + n;
      Callable<List<String>> poll =
          () -> {
            start.await();
            return claim(ds, node, lock, NOW);
          };
      results.add(pool.submit(poll));
    }
    List<String> all = new ArrayList<>();
    for (Future<List<String>> f : results) {
      all.addAll(f.get());
    }
    pool.shutdown();
    assertThat(all).doesNotHaveDuplicates();
    assertThat(new HashSet<>(all))
        .as("only the first row of each recipient")
        .isEqualTo(
            Set.of("r1-1", "r2-1", "solo-1", "solo-2", "solo-3", "solo-4", "solo-5", "solo-6"));

    // A live claim keeps others off; nothing else is due while the heads are pending.
    assertThat(claim(ds, "late-node", lock, NOW.plusSeconds(30))).isEmpty();

    // The head of r1 is delivered: r1's next row becomes due, in order.
    try (Connection c = ds.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE notification_outbox SET status = 'DELIVERED', claimed_by = NULL,"
                  + " claimed_until = NULL WHERE id = 'r1-1'");
    }
    assertThat(claim(ds, "node-x", lock, NOW.plusSeconds(30))).containsExactly("r1-2");

    // A node died holding r2-1: once its claim expires, another node takes the row over.
    assertThat(claim(ds, "node-y", lock, NOW.plusSeconds(600))).contains("r2-1");
  }

  private static void insert(Connection c, String id, String recipient) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO notification_outbox (id, event_id, channel, recipient_id, notice_type,"
                + " body, occurred_at, due_at, next_attempt_at, digest, attempts, status)"
                + " VALUES (?, ?, 'HOST', ?, 'SURVEY_DUE', '{}', ?, ?, ?, FALSE, 0, 'PENDING')")) {
      s.setString(1, id);
      s.setString(2, "event-" + id);
      s.setString(3, recipient);
      s.setObject(4, NOW.minusMinutes(5));
      s.setObject(5, NOW.minusMinutes(5));
      s.setObject(6, NOW.minusMinutes(5));
      s.executeUpdate();
    }
  }

  /** One node's claim transaction, with the same statements the Outbox runs. */
  private static List<String> claim(DataSource ds, String node, String lock, OffsetDateTime now)
      throws SQLException {
    List<String> claimed = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      List<String> candidates = new ArrayList<>();
      try (PreparedStatement s = prepare(c, Outbox.CANDIDATES + lock, now, 10)) {
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            candidates.add(rs.getString(1));
          }
        }
      }
      for (String id : candidates) {
        try (PreparedStatement s = prepare(c, Outbox.CLAIM, node, now.plusSeconds(60), id, now)) {
          if (s.executeUpdate() == 1) {
            claimed.add(id);
          }
        }
      }
      c.commit();
    }
    return claimed;
  }

  /** Binds JPA-style {@code ?1 ?2} parameters (each may repeat) as JDBC ones. */
  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    Matcher m = Pattern.compile("\\?(\\d+)").matcher(sql);
    List<Integer> order = new ArrayList<>();
    StringBuilder jdbc = new StringBuilder();
    while (m.find()) {
      order.add(Integer.parseInt(m.group(1)));
      m.appendReplacement(jdbc, "?");
    }
    m.appendTail(jdbc);
    PreparedStatement s = c.prepareStatement(jdbc.toString());
    for (int i = 0; i < order.size(); i++) {
      s.setObject(i + 1, params[order.get(i) - 1]);
    }
    return s;
  }
}
