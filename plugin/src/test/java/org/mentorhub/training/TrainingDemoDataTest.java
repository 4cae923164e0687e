package org.mentorhub.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.content.TrackCatalog;

class TrainingDemoDataTest {

  @Test
  void generatedMentorsGetEveryFoundationsStepAndAVerifiableCertificate(@TempDir Path dir)
      throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("db"));
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    int steps =
        TrackCatalog.fromClasspath().track("mentoring-foundations").orElseThrow().steps().size();

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String id : new String[] {"demo-mentor-1", "demo-mentor-2"}) {
        s.executeUpdate(
            "INSERT INTO member (id, name, roles, calendar_feed_token, created_at, updated_at,"
                + " version) VALUES ('"
                + id
                + "', 'Demo', 'member,mentor', 'feed-"
                + id
                + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
      }
      c.setAutoCommit(false);
      int marked =
          TrainingDemoData.markFoundationsComplete(
              c, Stream.of("demo-mentor-1", "demo-mentor-2"), Instant.now());
      c.commit();

      assertThat(marked).isEqualTo(2);
      assertThat(count(s, "SELECT COUNT(*) FROM training_step_completion")).isEqualTo(2L * steps);
      assertThat(
              count(
                  s,
                  "SELECT COUNT(*) FROM training_enrollment WHERE track_slug ="
                      + " 'mentoring-foundations' AND completed_at IS NOT NULL"))
          .isEqualTo(2);
      try (ResultSet rs = s.executeQuery("SELECT certificate_code FROM training_enrollment")) {
        while (rs.next()) {
          assertThat(CertificateCode.isWellFormed(rs.getString(1))).isTrue();
        }
      }
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
