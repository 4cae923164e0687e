package org.mentorhub.hostsync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorhub.directory.MentorRows;
import org.mentorhub.directory.TagColumn;
import org.mentorhub.directory.index.MentorDocument;

/** The import writer on H2 with the real schema: counts, upserts, idempotence, mentees. */
class NdjsonImportTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private static ValidatorFactory validation;
  private static JdbcDataSource ds;

  @BeforeAll
  static void database() {
    validation = Validation.buildDefaultValidatorFactory();
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:import-test;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }

  @AfterAll
  static void close() {
    validation.close();
  }

  private record Run(NdjsonImport.Progress progress, List<LineError> errors, Set<String> changed) {}

  private static Run run(ImportKind kind, int chunk, String... lines) throws Exception {
    return run(kind, chunk, null, lines);
  }

  private static Run run(
      ImportKind kind, int chunk, java.util.concurrent.Executor parsing, String... lines)
      throws Exception {
    List<LineError> errors = new ArrayList<>();
    Set<String> changed = new LinkedHashSet<>();
    NdjsonImport importer =
        new NdjsonImport(kind, new ImportLineParser(kind, validation.getValidator()), chunk, CLOCK);
    try (Connection c = ds.getConnection()) {
      NdjsonImport.Progress progress =
          importer.run(
              new StringReader(String.join("\n", lines)),
              c,
              new NdjsonImport.Listener() {
                @Override
                public void beforeCommit(
                    Connection c, NdjsonImport.Progress p, List<LineError> chunkErrors) {
                  errors.addAll(chunkErrors);
                }

                @Override
                public void afterCommit(NdjsonImport.Progress p, Set<String> ids) {
                  changed.addAll(ids);
                }
              },
              parsing);
      return new Run(progress, errors, changed);
    }
  }

  private static String mentor(String id, String headline) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"Name "
        + id
        + "\",\"email\":\""
        + id
        + "@example.org\",\"headline\":\""
        + headline
        + "\",\"expertise\":[\"Pricing\",\"Hiring\"],\"industries\":[\"Retail\"],"
        + "\"languages\":[\"en\"],\"country\":\"GB\",\"timezone\":\"Europe/London\"}";
  }

  private static long scalar(String sql, String id) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** The list a profile's tag column holds (TagColumn), or null without a row. */
  private static List<String> tags(String sql, String id) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? TagColumn.read(rs.getString(1)) : null;
      }
    }
  }

  @Test
  void goodLinesAreImportedAndBadOnesReportedWithoutStoppingTheRest() throws Exception {
    Run run =
        run(
            ImportKind.MENTORS,
            2,
            mentor("t1-a", "Pricing for shops"),
            "{broken",
            "",
            mentor("t1-b", "Hiring first staff"),
            mentor("t1-c", "x").replace("\"country\":\"GB\"", "\"country\":\"ZZ\""),
            mentor("t1-d", "Selling online"));

    assertThat(run.progress().read()).isEqualTo(5);
    assertThat(run.progress().imported()).isEqualTo(3);
    assertThat(run.progress().rejected()).isEqualTo(2);
    assertThat(run.errors())
        .extracting(LineError::line, LineError::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "line"),
            org.assertj.core.groups.Tuple.tuple(5L, "country"));
    assertThat(run.changed()).containsExactly("t1-a", "t1-b", "t1-d");
    assertThat(tags("SELECT expertise FROM mentor_profile WHERE id = ?", "t1-d"))
        .containsExactly("Pricing", "Hiring");
    assertThat(tags("SELECT industries FROM mentor_profile WHERE id = ?", "t1-d"))
        .containsExactly("Retail");
    assertThat(tags("SELECT languages FROM mentor_profile WHERE id = ?", "t1-d"))
        .containsExactly("en");
    assertThat(scalar("SELECT version FROM mentor_profile WHERE id = ?", "t1-a")).isEqualTo(1);
    assertThat(
            scalar("SELECT COUNT(*) FROM member WHERE id = ? AND roles = 'member,mentor'", "t1-a"))
        .isEqualTo(1);
  }

  @Test
  void reimportingTheSameLinesChangesNothingAndAChangedLineBumpsItsVersion() throws Exception {
    String[] lines = {mentor("t2-a", "One"), mentor("t2-b", "Two")};
    run(ImportKind.MENTORS, 1000, lines);

    Run again = run(ImportKind.MENTORS, 1000, lines);
    assertThat(again.progress().imported()).isEqualTo(2);
    assertThat(again.progress().changed()).isZero();
    assertThat(again.changed()).isEmpty();
    assertThat(scalar("SELECT version FROM mentor_profile WHERE id = ?", "t2-a")).isEqualTo(1);
    assertThat(scalar("SELECT version FROM member WHERE id = ?", "t2-a")).isEqualTo(1);

    Run changed =
        run(
            ImportKind.MENTORS,
            1000,
            mentor("t2-a", "One, better").replace("\"Hiring\"", "\"Hiring\",\"Exports\""),
            lines[1]);
    assertThat(changed.changed()).containsExactly("t2-a");
    assertThat(scalar("SELECT version FROM mentor_profile WHERE id = ?", "t2-a")).isEqualTo(2);
    assertThat(tags("SELECT expertise FROM mentor_profile WHERE id = ?", "t2-a"))
        .containsExactly("Pricing", "Hiring", "Exports");
    assertThat(scalar("SELECT version FROM mentor_profile WHERE id = ?", "t2-b")).isEqualTo(1);
  }

  @Test
  void largeChunksReadAheadOnAnotherThreadWriteEveryProfileWithItsTags() throws Exception {
    String[] lines = new String[700];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = mentor("t6-" + i, "Mentor " + i);
    }
    java.util.concurrent.ExecutorService parsing =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    Run run;
    try {
      run = run(ImportKind.MENTORS, 300, parsing, lines);
    } finally {
      parsing.shutdownNow();
    }

    assertThat(run.progress().read()).isEqualTo(700);
    assertThat(run.progress().imported()).isEqualTo(700);
    assertThat(
            scalar(
                "SELECT COUNT(*) FROM mentor_profile WHERE id LIKE ? AND expertise ="
                    + " '[\"Pricing\",\"Hiring\"]'",
                "t6-%"))
        .isEqualTo(700);
  }

  @Test
  void theLastLineForAnIdWins() throws Exception {
    run(ImportKind.MENTORS, 1000, mentor("t3-a", "First"), mentor("t3-a", "Second"));

    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT headline FROM mentor_profile WHERE id = ?")) {
      s.setString(1, "t3-a");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("Second");
      }
    }
  }

  @Test
  void menteesAreUpsertedIdempotentlyWithTheirMemberRow() throws Exception {
    String line =
        "{\"id\":\"t4-m\",\"name\":\"Mia\",\"email\":\"mia@example.org\",\"goals\":\"Open a"
            + " second shop next year\",\"languages\":[\"en\",\"de\"],\"country\":\"de\","
            + "\"timezone\":\"Europe/Berlin\",\"stage\":\"growth\"}";
    Run first = run(ImportKind.MENTEES, 1000, line);
    Run second = run(ImportKind.MENTEES, 1000, line);
    Run renamed = run(ImportKind.MENTEES, 1000, line.replace("\"Mia\"", "\"Mia K.\""));

    assertThat(first.progress().changed()).isEqualTo(1);
    assertThat(second.progress().changed()).isZero();
    assertThat(renamed.progress().changed()).isEqualTo(1);
    assertThat(scalar("SELECT version FROM mentee_profile WHERE id = ?", "t4-m")).isEqualTo(1);
    assertThat(scalar("SELECT version FROM member WHERE id = ?", "t4-m")).isEqualTo(2);
    assertThat(tags("SELECT languages FROM mentee_profile WHERE id = ?", "t4-m"))
        .containsExactly("en", "de");
  }

  @Test
  void anOverlongLineIsRejectedWithoutBeingKept() throws Exception {
    String huge = mentor("t5-a", "x".repeat(NdjsonImport.MAX_LINE_CHARS));
    Run run = run(ImportKind.MENTORS, 1000, huge, mentor("t5-b", "Fine"));

    assertThat(run.progress().rejected()).isEqualTo(1);
    assertThat(run.errors().get(0).line()).isEqualTo(1);
    assertThat(run.progress().imported()).isEqualTo(1);
  }

  @Test
  void theIndexDocumentsOfAChunkAreWhatTheDatabaseHoldsAfterItCommits() throws Exception {
    run(ImportKind.MENTORS, 1000, mentor("t7-a", "Before"));
    try (Connection c = ds.getConnection();
        PreparedStatement hide =
            c.prepareStatement("UPDATE mentor_profile SET visibility = 'HIDDEN' WHERE id = ?")) {
      hide.setString(1, "t7-a");
      hide.executeUpdate();
    }
    List<MentorDocument> built = new ArrayList<>();
    NdjsonImport importer =
        new NdjsonImport(
            ImportKind.MENTORS, new ImportLineParser(ImportKind.MENTORS, validation), 1000, CLOCK);
    Set<String> ids = Set.of("t7-a", "t7-b");
    try (Connection c = ds.getConnection()) {
      importer.run(
          new StringReader(
              mentor("t7-a", "After").replace("\"Retail\"", "\"Retail\",\"Food\"")
                  + "\n"
                  + mentor("t7-b", "New")),
          c,
          new NdjsonImport.Listener() {
            @Override
            public void beforeCommit(Connection c, NdjsonImport.Progress p, List<LineError> e) {}

            @Override
            public void commit(Connection c, ImportedMentors mentors) throws SQLException {
              assertThat(mentors.ids()).containsExactlyInAnyOrderElementsOf(ids);
              built.addAll(mentors.read(c, true));
              c.commit();
            }

            @Override
            public void afterCommit(NdjsonImport.Progress p, Set<String> changed) {}
          });
      Map<String, MentorDocument> stored = MentorRows.load(c, ids, true);
      assertThat(built).containsExactlyInAnyOrderElementsOf(stored.values());
    }
    // Moderation's hiding survives the import, and neither mentor has done the foundations track.
    assertThat(built).extracting(MentorDocument::listed).containsOnly(false);
    assertThat(built)
        .filteredOn(d -> d.id().equals("t7-a"))
        .singleElement()
        .satisfies(d -> assertThat(d.industries()).containsExactly("Retail", "Food"));
  }

  @Test
  void announcedMentorsGetOneOutboxRowEachInTheChunksTransaction() throws Exception {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      ImportOutbox.record(c, List.of("t8-a", "t8-b"), CLOCK.instant());
      c.rollback();
      ImportOutbox.record(c, List.of("t8-a", "t8-b"), CLOCK.instant());
      c.commit();
    }

    assertThat(scalar("SELECT COUNT(*) FROM index_outbox WHERE mentor_id = ?", "t8-a"))
        .isEqualTo(1);
    assertThat(scalar("SELECT COUNT(*) FROM index_outbox WHERE mentor_id = ?", "t8-b"))
        .isEqualTo(1);
  }
}
