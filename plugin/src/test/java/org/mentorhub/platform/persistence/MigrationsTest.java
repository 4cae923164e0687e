package org.mentorhub.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.testing.TestDatabases;

/** The same migrations build the same schema on real PostgreSQL and on embedded H2. */
class MigrationsTest {

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
  void migratesPostgresAndEnforcesKeys() throws SQLException {
    DataSource ds = postgres.getPostgresDatabase();
    assertMigratesAndEnforcesKeys(ds);
  }

  @Test
  void migratesH2AndEnforcesKeys(@TempDir Path dir) throws SQLException {
    JdbcDataSource ds = TestDatabases.h2(dir);
    assertMigratesAndEnforcesKeys(ds);
  }

  private static void assertMigratesAndEnforcesKeys(DataSource ds) throws SQLException {
    MigrateResult first = flyway(ds).migrate();
    assertThat(first.migrationsExecuted).isPositive();
    assertThat(flyway(ds).migrate().migrationsExecuted)
        .as("a second start applies nothing")
        .isZero();

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO member (id, name, email, roles, calendar_feed_token, created_at,"
              + " updated_at, version) VALUES ('m1', 'Ana', 'ana@example.org', 'member,mentor',"
              + " 'feed-1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
      s.executeUpdate(
          "INSERT INTO mentor_profile (id, name, headline, country, timezone, max_mentees,"
              + " accepting, visibility, created_at, updated_at, version) VALUES ('m1', 'Ana',"
              + " 'Bakery owner', 'ES', 'Europe/Madrid', 3, TRUE, 'VISIBLE', CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, 1)");
      s.executeUpdate(
          "INSERT INTO mentor_expertise (mentor_id, ord, tag) VALUES ('m1', 0, 'Pricing')");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO mentor_expertise (mentor_id, ord, tag) VALUES ('nobody', 0, 'x')"))
          .as("a tag of a profile that does not exist")
          .isInstanceOf(SQLException.class);
      s.executeUpdate("DELETE FROM mentor_profile WHERE id = 'm1'");
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM mentor_expertise")) {
        rs.next();
        assertThat(rs.getInt(1)).as("tags go with their profile").isZero();
      }
    }
  }

  private static Flyway flyway(DataSource ds) {
    return Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
  }
}
