package org.mentorhub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.demo.CommunityGenerator;
import org.mentorhub.demo.CommunityWriter;
import org.mentorhub.directory.index.MentorDocument;
import org.mentorhub.directory.index.MentorIndex;

/** Reading mentors for the index from real PostgreSQL: streamed and by id agree. */
class MentorRowsTest {

  private static EmbeddedPostgres postgres;
  private static DataSource ds;

  @BeforeAll
  static void database() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    ds = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      CommunityWriter.writeMentors(c, new CommunityGenerator(3).mentors(1, 601), Instant.now());
      c.commit();
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE mentor_profile SET visibility = 'HIDDEN' WHERE id = '"
                + CommunityGenerator.mentorId(5)
                + "'");
        // No years in business, but a stage: the document must say null, not 0.
        s.executeUpdate(
            "UPDATE mentor_profile SET years_in_business = NULL, stage = 'GROWTH',"
                + " industries = '[\"Caf\u00e9s\",\"Say \\\"hi\\\"\"]' WHERE id = '"
                + CommunityGenerator.mentorId(9)
                + "'");
        s.executeUpdate(
            "UPDATE mentor_profile SET accepting = FALSE, max_mentees = 1 WHERE id = '"
                + CommunityGenerator.mentorId(6)
                + "'");
        s.executeUpdate(
            "INSERT INTO mentorship_request (id, mentor_id, mentee_id, ask, status, created_at, expires_at, version)"
                + " VALUES ('r1', '"
                + CommunityGenerator.mentorId(6)
                + "', '"
                + CommunityGenerator.mentorId(7)
                + "', 'ask', 'ACCEPTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        // Seats are active and paused mentorships; a completed one holds none.
        for (String[] m : new String[][] {{"m1", "'r1'", "ACTIVE"}, {"m2", "NULL", "COMPLETED"}}) {
          s.executeUpdate(
              "INSERT INTO mentorship (id, request_id, mentor_id, mentee_id, status, started_at,"
                  + " cadence_days, version) VALUES ('"
                  + m[0]
                  + "', "
                  + m[1]
                  + ", '"
                  + CommunityGenerator.mentorId(6)
                  + "', '"
                  + CommunityGenerator.mentorId(7)
                  + "', '"
                  + m[2]
                  + "', CURRENT_TIMESTAMP, 14, 1)");
        }
      }
      c.commit();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void streamingEveryMentorMatchesLoadingThemById() throws Exception {
    List<MentorDocument> streamed = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Iterator<MentorDocument> all = MentorRows.streamAll(c, false);
      all.forEachRemaining(streamed::add);
      c.commit();
    }
    assertThat(streamed).hasSize(600);
    try (Connection c = ds.getConnection()) {
      Map<String, MentorDocument> byId =
          MentorRows.load(c, streamed.stream().map(MentorDocument::id).toList(), false);
      assertThat(byId).hasSize(600);
      for (MentorDocument doc : streamed) {
        assertThat(byId.get(doc.id())).isEqualTo(doc);
      }
    }
  }

  @Test
  void aMissingYearsInBusinessStaysMissingAndTagsReadBackAsWritten() throws Exception {
    List<MentorDocument> streamed = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      MentorRows.streamAll(c, false).forEachRemaining(streamed::add);
      c.commit();
    }
    MentorDocument nine =
        streamed.stream()
            .filter(d -> d.id().equals(CommunityGenerator.mentorId(9)))
            .findFirst()
            .orElseThrow();
    assertThat(nine.yearsInBusiness()).isNull();
    assertThat(nine.stage()).isEqualTo("GROWTH");
    assertThat(nine.industries()).containsExactly("Caf\u00e9s", "Say \"hi\"");
    assertThat(nine.expertise()).isNotEmpty();
    assertThat(streamed).filteredOn(d -> d.yearsInBusiness() != null).hasSize(599);
  }

  @Test
  void listingFollowsVisibilityAndCapacity() throws Exception {
    try (Connection c = ds.getConnection()) {
      Map<String, MentorDocument> docs =
          MentorRows.load(
              c,
              List.of(
                  CommunityGenerator.mentorId(5),
                  CommunityGenerator.mentorId(6),
                  CommunityGenerator.mentorId(8)),
              false);
      assertThat(docs.get(CommunityGenerator.mentorId(5)).listed()).as("hidden").isFalse();
      MentorDocument full = docs.get(CommunityGenerator.mentorId(6));
      assertThat(full.seatsLeft()).isZero();
      assertThat(full.listed()).as("not accepting and at capacity").isFalse();
      assertThat(docs.get(CommunityGenerator.mentorId(8)).listed())
          .isEqualTo(
              docs.get(CommunityGenerator.mentorId(8)).accepting()
                  || docs.get(CommunityGenerator.mentorId(8)).seatsLeft() > 0);
    }
  }

  @Test
  void aRebuildThatDiesHalfwayLeavesTheLiveIndexAndARetryMatchesTheDatabase(@TempDir Path dir)
      throws Exception {
    MentorIndex index = MentorIndex.open(dir);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      index.rebuild(MentorRows.streamAll(c, false), 0, n -> {});
      c.commit();
    }
    int before = index.size();
    Iterator<MentorDocument> dying =
        new Iterator<>() {
          int i;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public MentorDocument next() {
            if (++i > 100) {
              throw new IllegalStateException("writer killed mid-rebuild");
            }
            return new MentorDocument(
                "x" + i,
                "X",
                "Y",
                null,
                List.of(),
                List.of("Z"),
                List.of("en"),
                "GB",
                "Europe/London",
                null,
                null,
                1,
                1,
                true,
                true);
          }
        };
    try {
      index.rebuild(dying, 0, n -> {});
    } catch (IllegalStateException expected) {
      // the rebuild died; the live generation must be untouched
    }
    assertThat(index.size()).isEqualTo(before);
    index.close();

    MentorIndex reopened = MentorIndex.open(dir);
    assertThat(reopened.needsRebuild()).isFalse();
    assertThat(reopened.size()).isEqualTo(600);
    assertThat(dir.toFile().list((d, n) -> n.startsWith("gen-")))
        .as("the half-built generation was removed")
        .hasSize(1);
    reopened.close();
  }

  @Test
  void whenFoundationsAreRequiredOnlyTrainedMentorsAreListed() throws Exception {
    String trained = CommunityGenerator.mentorId(20);
    String untrained = CommunityGenerator.mentorId(21);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO training_enrollment (id, member_id, track_slug, enrolled_at, completed_at, version)"
              + " VALUES ('e20', '"
              + trained
              + "', 'mentoring-foundations', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
      Map<String, MentorDocument> gated = MentorRows.load(c, List.of(trained, untrained), true);
      assertThat(gated.get(trained).listed())
          .isEqualTo(gated.get(trained).accepting() || gated.get(trained).seatsLeft() > 0);
      assertThat(gated.get(untrained).listed()).isFalse();
      assertThat(MentorRows.load(c, List.of(untrained), false).get(untrained).listed()).isTrue();
    }
  }
}
