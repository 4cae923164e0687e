package org.mentorhub.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.directory.TagColumn;
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
      try (var rs = s.executeQuery("SELECT industries, expertise FROM mentor_profile")) {
        rs.next();
        assertThat(rs.getString(1)).as("a profile written without tags has none").isEqualTo("[]");
        assertThat(rs.getString(2)).isEqualTo("[]");
      }
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO mentor_profile (id, name, headline, country, timezone,"
                          + " max_mentees, accepting, visibility, created_at, updated_at, version)"
                          + " VALUES ('nobody', 'X', 'Y', 'ES', 'Europe/Madrid', 3, TRUE,"
                          + " 'VISIBLE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"))
          .as("a profile of a member that does not exist")
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void movesTagRowsIntoProfileColumnsOnPostgres() throws SQLException {
    DataSource ds = postgres.getDatabase("postgres", "postgres");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS tags_move CASCADE");
      s.execute("CREATE SCHEMA tags_move");
    }
    assertMovesTags(
        Flyway.configure().dataSource(ds).schemas("tags_move").locations("classpath:db/migration"),
        ds,
        "tags_move.");
  }

  @Test
  void movesTagRowsIntoProfileColumnsOnH2(@TempDir Path dir) throws SQLException {
    JdbcDataSource ds = TestDatabases.h2(dir);
    assertMovesTags(Flyway.configure().dataSource(ds).locations("classpath:db/migration"), ds, "");
  }

  /**
   * A database written before V92 keeps every profile's tags, in order, once they move into the
   * profile rows; the tag tables are gone.
   */
  private static void assertMovesTags(
      org.flywaydb.core.api.configuration.FluentConfiguration config, DataSource ds, String schema)
      throws SQLException {
    config.target("91").load().migrate();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String id : List.of("a", "b", "c")) {
        s.executeUpdate(
            "INSERT INTO "
                + schema
                + "member (id, name, email, roles, calendar_feed_token, created_at, updated_at,"
                + " version) VALUES ('"
                + id
                + "', 'N', NULL, 'member', 'feed-"
                + id
                + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        s.executeUpdate(
            "INSERT INTO "
                + schema
                + "mentor_profile (id, name, headline, country, timezone, max_mentees, accepting,"
                + " visibility, created_at, updated_at, version) VALUES ('"
                + id
                + "', 'N', 'H', 'ES', 'Europe/Madrid', 3, TRUE, 'VISIBLE', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 1)");
      }
      s.executeUpdate(
          "INSERT INTO "
              + schema
              + "mentee_profile (id, goals, country, timezone, stage, created_at, updated_at,"
              + " version) VALUES ('c', 'G', 'ES', 'Europe/Madrid', 'IDEA', CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, 1)");
      // Inserted out of order, with a quote and a backslash, so order and escaping both show.
      s.executeUpdate(
          "INSERT INTO "
              + schema
              + "mentor_expertise (mentor_id, ord, tag) VALUES ('a', 1, 'Say \"no\"'),"
              + " ('a', 0, 'Pricing'), ('b', 0, 'C:\\path')");
      s.executeUpdate(
          "INSERT INTO "
              + schema
              + "mentor_industry (mentor_id, ord, tag) VALUES ('b', 0, 'Bakery')");
      s.executeUpdate(
          "INSERT INTO "
              + schema
              + "mentor_language (mentor_id, ord, code) VALUES ('a', 1, 'en'), ('a', 0, 'es')");
      s.executeUpdate(
          "INSERT INTO " + schema + "mentee_language (mentee_id, ord, code) VALUES ('c', 0, 'fr')");
    }
    config.target("latest").load().migrate();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      java.util.Map<String, List<List<String>>> mentors = new java.util.HashMap<>();
      try (var rs =
          s.executeQuery(
              "SELECT id, industries, expertise, languages FROM " + schema + "mentor_profile")) {
        while (rs.next()) {
          mentors.put(
              rs.getString(1),
              List.of(
                  TagColumn.read(rs.getString(2)),
                  TagColumn.read(rs.getString(3)),
                  TagColumn.read(rs.getString(4))));
        }
      }
      assertThat(mentors)
          .containsEntry(
              "a", List.of(List.of(), List.of("Pricing", "Say \"no\""), List.of("es", "en")))
          .containsEntry("b", List.of(List.of("Bakery"), List.of("C:\\path"), List.of()))
          .containsEntry("c", List.of(List.of(), List.of(), List.of()));
      try (var rs = s.executeQuery("SELECT languages FROM " + schema + "mentee_profile")) {
        rs.next();
        assertThat(TagColumn.read(rs.getString(1))).containsExactly("fr");
      }
      assertThatThrownBy(
              () -> s.executeQuery("SELECT COUNT(*) FROM " + schema + "mentor_expertise"))
          .as("the tag tables are dropped")
          .isInstanceOf(SQLException.class);
    }
  }

  private static Flyway flyway(DataSource ds) {
    return Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
  }
}
