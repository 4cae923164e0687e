package org.mentorhub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.testing.TestDatabases;

/**
 * Pruning the shared index outbox and the cluster's rebuild generation, on real PostgreSQL and on
 * H2, with several nodes' rows as they would report them.
 */
class IndexNodesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration MAX_AGE = Duration.ofHours(24);
  private static final long WINDOW = 10;

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    migrate(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void postgres() throws Exception {
    everything(postgres.getPostgresDatabase());
  }

  @Test
  void h2(@TempDir Path dir) throws Exception {
    JdbcDataSource ds = TestDatabases.h2(dir);
    migrate(ds);
    everything(ds);
  }

  private static void everything(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection()) {
      prunesOnlyWhatEveryLiveNodeApplied(c);
      aNodeThatWentSilentNoLongerHoldsPruningBack(c);
      pastTheRetentionAgeRowsGoEvenIfANodeIsBehindButNeverTheNewestWindow(c);
      aNodeWithoutAFreshRowOfItsOwnDoesNotPrune(c);
      reportsKeepTheLastRebuildAndGenerationsRise(c);
    }
  }

  private static void prunesOnlyWhatEveryLiveNodeApplied(Connection c) throws SQLException {
    reset(c);
    outbox(c, 100, NOW.minusSeconds(60));
    report(c, "a", 80, NOW.minusSeconds(1));
    report(c, "b", 35, NOW.minusSeconds(2));
    int deleted = IndexNodes.prune(c, NOW, TIMEOUT, MAX_AGE, WINDOW, "a");
    assertThat(deleted).isEqualTo(35);
    assertThat(minOutboxId(c)).isEqualTo(36);
    assertThat(IndexNodes.state(c).prunedThrough()).isEqualTo(35);
    // Nothing more until b moves on.
    assertThat(IndexNodes.prune(c, NOW, TIMEOUT, MAX_AGE, WINDOW, "a")).isZero();
  }

  private static void aNodeThatWentSilentNoLongerHoldsPruningBack(Connection c)
      throws SQLException {
    reset(c);
    outbox(c, 100, NOW.minusSeconds(60));
    report(c, "a", 80, NOW.minusSeconds(1));
    report(c, "b", 35, NOW.minusSeconds(61));
    assertThat(IndexNodes.prune(c, NOW, TIMEOUT, MAX_AGE, WINDOW, "a")).isEqualTo(80);
    IndexNodes.State state = IndexNodes.state(c);
    assertThat(state.prunedThrough())
        .as("b, when it returns, sees it is behind what was pruned and rebuilds")
        .isGreaterThan(35);
  }

  private static void pastTheRetentionAgeRowsGoEvenIfANodeIsBehindButNeverTheNewestWindow(
      Connection c) throws SQLException {
    reset(c);
    outbox(c, 100, NOW.minus(Duration.ofHours(30)));
    report(c, "a", 90, NOW.minusSeconds(1));
    report(c, "b", 5, NOW.minusSeconds(1));
    IndexNodes.prune(c, NOW, TIMEOUT, MAX_AGE, WINDOW, "a");
    assertThat(minOutboxId(c)).as("all old, but the newest window stays").isEqualTo(91);
    assertThat(IndexNodes.state(c).prunedThrough()).isEqualTo(90);
  }

  private static void aNodeWithoutAFreshRowOfItsOwnDoesNotPrune(Connection c) throws SQLException {
    reset(c);
    outbox(c, 50, NOW.minusSeconds(60));
    report(c, "a", 40, NOW.minusSeconds(600));
    report(c, "b", 40, NOW.minusSeconds(1));
    assertThat(IndexNodes.prune(c, NOW, TIMEOUT, MAX_AGE, WINDOW, "a")).isZero();
    assertThat(IndexNodes.prune(c, NOW, TIMEOUT, MAX_AGE, WINDOW, "c")).isZero();
    assertThat(minOutboxId(c)).isEqualTo(1);
  }

  private static void reportsKeepTheLastRebuildAndGenerationsRise(Connection c)
      throws SQLException {
    reset(c);
    long first = IndexNodes.raiseEpoch(c, NOW, "asked for by an administrator");
    long second = IndexNodes.raiseEpoch(c, NOW.plusSeconds(1), "a bulk import");
    assertThat(second).isEqualTo(first + 1);
    assertThat(IndexNodes.state(c).epochReason()).isEqualTo("a bulk import");
    ReindexJob job = new ReindexJob(String.valueOf(second), 500, NOW);
    job.progress(200);
    IndexNodes.report(
        c, new IndexNodes.Report("a", NOW, 7, 500, first, job.view()), NOW.plusSeconds(2));
    job.progress(500);
    job.finish(NOW.plusSeconds(3));
    IndexNodes.report(
        c, new IndexNodes.Report("a", NOW, 9, 500, second, job.view()), NOW.plusSeconds(3));
    // A restarted node has no rebuild to tell of: the last one stays visible.
    IndexNodes.report(c, new IndexNodes.Report("a", NOW, 9, 500, second, null), NOW.plusSeconds(4));
    IndexNodes.Node a = IndexNodes.node(c, "a").orElseThrow();
    assertThat(a.epoch()).isEqualTo(second);
    assertThat(a.rebuildEpoch()).isEqualTo(second);
    assertThat(a.rebuildStatus()).isEqualTo("DONE");
    assertThat(a.rebuildIndexed()).isEqualTo(500);
    assertThat(a.heartbeatAt()).isEqualTo(NOW.plusSeconds(4));

    RebuildView view =
        RebuildView.of(
            second, IndexNodes.state(c), IndexNodes.nodes(c), NOW.plusSeconds(5), TIMEOUT, 500);
    assertThat(view.status()).isEqualTo(ReindexJob.Status.DONE);
    assertThat(view.indexed()).isEqualTo(500);
    IndexNodes.report(c, new IndexNodes.Report("b", NOW, 9, 500, first, null), NOW.plusSeconds(5));
    RebuildView waiting =
        RebuildView.of(
            second, IndexNodes.state(c), IndexNodes.nodes(c), NOW.plusSeconds(5), TIMEOUT, 500);
    assertThat(waiting.status())
        .as("b has not reached the generation")
        .isEqualTo(ReindexJob.Status.RUNNING);
    assertThat(waiting.indexed()).isZero();
  }

  private static void reset(Connection c) throws SQLException {
    c.createStatement().executeUpdate("DELETE FROM index_outbox");
    c.createStatement().executeUpdate("DELETE FROM index_node");
    c.createStatement().executeUpdate("UPDATE index_state SET pruned_through = 0, epoch = 0");
    // Fresh ids from 1, so the figures above read as positions.
    c.createStatement().executeUpdate("ALTER TABLE index_outbox ALTER COLUMN id RESTART WITH 1");
  }

  private static void outbox(Connection c, int rows, Instant createdAt) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO index_outbox (mentor_id, created_at) VALUES (?, ?)")) {
      for (int i = 0; i < rows; i++) {
        s.setString(1, "m" + i);
        s.setTimestamp(2, Timestamp.from(createdAt));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void report(Connection c, String node, long through, Instant at)
      throws SQLException {
    IndexNodes.report(c, new IndexNodes.Report(node, NOW, through, 0, 0, null), at);
  }

  private static long minOutboxId(Connection c) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT MIN(id) FROM index_outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void migrate(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }
}
