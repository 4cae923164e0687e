package org.mentorhub.hostsync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code import_job} and {@code import_error} rows: plain JDBC, because the counters are
 * written on the import's own connection inside each chunk's transaction.
 */
final class ImportJobStore {

  /** At most this many rejected lines are kept per job; the counters still count them all. */
  static final int MAX_ERRORS = 1_000;

  private ImportJobStore() {}

  static void create(Connection c, String id, ImportKind kind, String startedBy, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO import_job (id, kind, status, read_count, imported, rejected, started_by,"
                + " started_at) VALUES (?, ?, 'RUNNING', 0, 0, 0, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, kind.name());
      s.setString(3, startedBy);
      s.setTimestamp(4, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  /** How a chunk's transaction commits, given the mentors it changed. */
  interface ChunkCommit {
    void commit(Connection c, ImportedMentors mentors) throws SQLException;
  }

  /**
   * A listener that records a job's progress and its first errors in each chunk's transaction, and
   * commits each chunk with {@code commit}.
   */
  static NdjsonImport.Listener recorder(String jobId, ChunkCommit commit) {
    return new NdjsonImport.Listener() {
      private int stored;

      @Override
      public void beforeCommit(Connection c, NdjsonImport.Progress progress, List<LineError> errors)
          throws SQLException {
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE import_job SET read_count = ?, imported = ?, rejected = ? WHERE id = ?")) {
          s.setLong(1, progress.read());
          s.setLong(2, progress.imported());
          s.setLong(3, progress.rejected());
          s.setString(4, jobId);
          s.executeUpdate();
        }
        if (stored < MAX_ERRORS && !errors.isEmpty()) {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO import_error (job_id, line_no, seq, field, message)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            for (LineError error : errors) {
              if (stored >= MAX_ERRORS) {
                break;
              }
              s.setString(1, jobId);
              s.setLong(2, error.line());
              s.setInt(3, stored++);
              s.setString(4, cut(error.field(), 200));
              s.setString(5, cut(error.message(), 1000));
              s.addBatch();
            }
            s.executeBatch();
          }
        }
      }

      @Override
      public void commit(Connection c, ImportedMentors mentors) throws SQLException {
        commit.commit(c, mentors);
      }

      @Override
      public void afterCommit(NdjsonImport.Progress progress, Set<String> changedMentorIds) {}
    };
  }

  static void finish(
      Connection c, String id, ImportJobView.Status status, Instant now, String failure)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE import_job SET status = ?, finished_at = ?, failure = ? WHERE id = ?")) {
      s.setString(1, status.name());
      s.setTimestamp(2, Timestamp.from(now));
      s.setString(3, failure == null ? null : cut(failure, 1000));
      s.setString(4, id);
      s.executeUpdate();
    }
  }

  static Optional<ImportJobView> find(Connection c, String id) throws SQLException {
    List<LineError> errors = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT line_no, field, message FROM import_error WHERE job_id = ? ORDER BY seq")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          errors.add(new LineError(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT kind, status, read_count, imported, rejected, started_at, finished_at, failure"
                + " FROM import_job WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Timestamp finished = rs.getTimestamp(7);
        return Optional.of(
            new ImportJobView(
                id,
                ImportKind.valueOf(rs.getString(1)),
                ImportJobView.Status.valueOf(rs.getString(2)),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                errors,
                rs.getTimestamp(6).toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString(8)));
      }
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
