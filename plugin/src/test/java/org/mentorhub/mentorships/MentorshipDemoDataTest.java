package org.mentorhub.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.demo.CommunityGenerator;
import org.mentorhub.demo.CommunityWriter;

class MentorshipDemoDataTest {

  @Test
  void theDemoHasMentorshipsInEveryStateWithGoalsCheckInsAndSurveyAnswers(@TempDir Path dir)
      throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("db"));
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      CommunityGenerator generator = new CommunityGenerator(7);
      int mentors = CommunityWriter.writeMentors(c, generator.mentors(1, 301), now);
      int mentees = CommunityWriter.writeMentees(c, generator.mentees(1, 301), now);
      long started = System.nanoTime();
      int written =
          MentorshipDemoData.write(
              c,
              CommunityGenerator::mentorId,
              CommunityGenerator::menteeId,
              150,
              mentors,
              mentees,
              7,
              now);
      c.commit();
      System.out.println(
          "Demo mentorships written in " + (System.nanoTime() - started) / 1_000_000 + " ms");

      assertThat(written).isEqualTo(150);
      assertThat(count(s, "SELECT COUNT(*) FROM mentorship")).isEqualTo(150);
      assertThat(count(s, "SELECT COUNT(DISTINCT status) FROM mentorship")).isEqualTo(4);
      assertThat(count(s, "SELECT COUNT(*) FROM mentorship WHERE programme_id IS NOT NULL"))
          .isEqualTo(100);
      assertThat(count(s, "SELECT COUNT(*) FROM mentorship_request")).isGreaterThan(150);
      assertThat(count(s, "SELECT COUNT(*) FROM check_in")).isGreaterThan(300);
      assertThat(count(s, "SELECT COUNT(*) FROM next_step WHERE done_at IS NULL")).isPositive();
      assertThat(count(s, "SELECT COUNT(*) FROM mentorship_goal WHERE status = 'ACHIEVED'"))
          .isPositive();
      assertThat(count(s, "SELECT COUNT(*) FROM mentorship_achievement")).isPositive();
      assertThat(count(s, "SELECT COUNT(*) FROM survey_answer WHERE score IS NOT NULL"))
          .isGreaterThan(100);
      assertThat(
              count(
                  s,
                  "SELECT COUNT(*) FROM mentorship m JOIN mentee_profile p ON p.id = m.mentee_id"
                      + " WHERE p.created_at >= m.started_at"))
          .as("mentees signed up before they were matched")
          .isZero();
      assertThat(
              count(
                  s,
                  "SELECT COUNT(*) FROM mentor_profile p WHERE p.max_mentees < (SELECT COUNT(*)"
                      + " FROM mentorship m WHERE m.mentor_id = p.id AND m.status IN"
                      + " ('ACTIVE', 'PAUSED'))"))
          .as("no mentor beyond capacity")
          .isZero();
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
