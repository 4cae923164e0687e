package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.testing.TestDatabases;

/**
 * The idempotency claim on real PostgreSQL and on H2, as two nodes receiving copies of one delivery
 * would run it: a key is claimed once, a copy arriving while the first transaction is open waits
 * for it and is then a duplicate (or wins if the first rolled back), and a refused claim leaves the
 * transaction usable.
 */
class DeliveryLedgerTest {

  private static final Instant AT = Instant.parse("2026-11-23T12:00:00Z");

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
  void postgresClaimsWithOnConflictAndH2WithMerge() {
    assertThat(DeliveryLedger.forProduct("PostgreSQL").sql()).contains("ON CONFLICT");
    assertThat(DeliveryLedger.forProduct("H2").sql()).startsWith("MERGE INTO");
  }

  @Test
  void postgresClaimsAKeyOnce() throws Exception {
    assertClaimedOnce(postgres.getPostgresDatabase());
  }

  @Test
  void h2ClaimsAKeyOnce(@TempDir Path dir) throws Exception {
    assertClaimedOnce(h2(dir));
  }

  @Test
  void postgresCopyDuringTheFirstTransactionWaitsAndIsADuplicate() throws Exception {
    assertConcurrentCopy(postgres.getPostgresDatabase(), true);
  }

  @Test
  void h2CopyDuringTheFirstTransactionWaitsAndIsADuplicate(@TempDir Path dir) throws Exception {
    assertConcurrentCopy(h2(dir), true);
  }

  @Test
  void postgresCopyWinsWhenTheFirstTransactionRollsBack() throws Exception {
    assertConcurrentCopy(postgres.getPostgresDatabase(), false);
  }

  @Test
  void h2CopyWinsWhenTheFirstTransactionRollsBack(@TempDir Path dir) throws Exception {
    assertConcurrentCopy(h2(dir), false);
  }

  private static void assertClaimedOnce(DataSource ds) throws Exception {
    String key = "once-" + System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      DeliveryLedger ledger = DeliveryLedger.of(c);
      assertThat(ledger.claim(c, key, "PARTICIPANT_JOINED", "room", AT, AT)).isTrue();
      assertThat(ledger.claim(c, key, "PARTICIPANT_JOINED", "room", AT, AT)).isFalse();
      // The refusal did not spoil the transaction: it still commits what it did.
      assertThat(ledger.claim(c, key + "-next", "PARTICIPANT_LEFT", "room", AT, AT)).isTrue();
      c.commit();
    }
    assertThat(count(ds, key + "%")).isEqualTo(2);
  }

  private static void assertConcurrentCopy(DataSource ds, boolean firstCommits) throws Exception {
    String key = "copy-" + System.nanoTime();
    ExecutorService second = Executors.newSingleThreadExecutor();
    try (Connection first = ds.getConnection();
        Connection other = ds.getConnection()) {
      first.setAutoCommit(false);
      other.setAutoCommit(false);
      DeliveryLedger ledger = DeliveryLedger.of(first);
      assertThat(ledger.claim(first, key, "PARTICIPANT_JOINED", "room", AT, AT)).isTrue();
      Future<Boolean> copy =
          second.submit(
              () -> {
                boolean claimed = ledger.claim(other, key, "PARTICIPANT_JOINED", "room", AT, AT);
                other.commit();
                return claimed;
              });
      // It waits on the first transaction's uncommitted key instead of deciding early.
      try {
        copy.get(300, TimeUnit.MILLISECONDS);
        throw new AssertionError("the copy did not wait for the first transaction");
      } catch (TimeoutException expected) {
        // waiting, as it should
      }
      if (firstCommits) {
        first.commit();
      } else {
        first.rollback();
      }
      assertThat(copy.get(10, TimeUnit.SECONDS)).isEqualTo(!firstCommits);
    } finally {
      second.shutdownNow();
    }
    assertThat(count(ds, key)).isEqualTo(1);
  }

  private static int count(DataSource ds, String keyPattern) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT COUNT(*) FROM webinar_webhook_event WHERE idempotency_key LIKE ?")) {
      select.setString(1, keyPattern);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static DataSource h2(Path dir) {
    DataSource ds = TestDatabases.h2(dir);
    migrate(ds);
    return ds;
  }

  private static void migrate(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }
}
