package org.mentorhub.hostsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.testing.TestDatabases;

/** Tag rows skip their foreign-key checks only where PostgreSQL lets the role, and only inside. */
class ChildRowChecksTest {

  private static final String ORPHAN =
      "INSERT INTO mentor_expertise (mentor_id, ord, tag) VALUES ('nobody', 0, 'Pricing')";

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    DataSource admin = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(admin).locations("classpath:db/migration").load().migrate();
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE plain LOGIN");
      s.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO plain");
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void aSuperuserSkipsTheChecksUntilClosedAndNoLonger() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      c.setAutoCommit(false);
      try (ChildRowChecks checks = ChildRowChecks.skippedOn(c);
          Statement s = c.createStatement()) {
        assertThat(checks.skipping()).isTrue();
        s.executeUpdate(ORPHAN);
      }
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate(ORPHAN.replace("'nobody', 0", "'nobody', 1")))
            .as("checked again after close")
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("fk_mentor_expertise");
      }
      c.rollback();
    }
  }

  @Test
  void aRoleWithoutTheRightKeepsTheChecks() throws SQLException {
    try (Connection c = postgres.getDatabase("plain", "postgres").getConnection()) {
      c.setAutoCommit(false);
      try (ChildRowChecks checks = ChildRowChecks.skippedOn(c);
          Statement s = c.createStatement()) {
        assertThat(checks.skipping()).isFalse();
        assertThatThrownBy(() -> s.executeUpdate(ORPHAN))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("fk_mentor_expertise");
      }
      c.rollback();
    }
  }

  @Test
  void h2KeepsTheChecks(@TempDir Path dir) throws SQLException {
    DataSource h2 = TestDatabases.h2(dir);
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    try (Connection c = h2.getConnection();
        ChildRowChecks checks = ChildRowChecks.skippedOn(c);
        Statement s = c.createStatement()) {
      assertThat(checks.skipping()).isFalse();
      assertThatThrownBy(() -> s.executeUpdate(ORPHAN)).isInstanceOf(SQLException.class);
    }
  }
}
