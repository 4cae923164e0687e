package org.mentorhub.hostsync;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs one import over a stream of NDJSON lines: each line is parsed and validated on its own, bad
 * ones are reported and skipped, and the good ones are upserted in chunks of {@code chunkLines},
 * one transaction per chunk. Plain JDBC and no container, so the benchmark runs exactly this code.
 *
 * <p>After each chunk commits, the listener learns the progress (written in the chunk's own
 * transaction, so the counters never run ahead of the data) and which mentors changed, for a bulk
 * index update.
 */
public final class NdjsonImport {

  /** Longer lines are rejected without being held in memory. */
  public static final int MAX_LINE_CHARS = 256 * 1024;

  /** Counters of an import so far. */
  public record Progress(long read, long imported, long rejected, long changed) {}

  /** What the caller does around each chunk's commit. */
  public interface Listener {
    /** Inside the chunk's transaction: record progress and the chunk's rejected lines. */
    void beforeCommit(Connection c, Progress progress, List<LineError> errors) throws SQLException;

    /** After the chunk committed: e.g. refresh the changed mentors in the search index. */
    void afterCommit(Progress progress, Set<String> changedMentorIds);
  }

  private final ImportKind kind;
  private final ImportLineParser parser;
  private final int chunkLines;
  private final Clock clock;

  public NdjsonImport(ImportKind kind, ImportLineParser parser, int chunkLines, Clock clock) {
    this.kind = requireNonNull(kind, "kind");
    this.parser = requireNonNull(parser, "parser");
    this.chunkLines = chunkLines;
    this.clock = requireNonNull(clock, "clock");
  }

  /** Imports every line; the connection is switched out of auto-commit and committed per chunk. */
  public Progress run(Reader in, Connection c, Listener listener) throws IOException, SQLException {
    c.setAutoCommit(false);
    LineReader lines = new LineReader(in, MAX_LINE_CHARS);
    List<ImportLine> chunk = new ArrayList<>(chunkLines);
    List<LineError> errors = new ArrayList<>();
    long number = 0;
    long read = 0;
    long imported = 0;
    long rejected = 0;
    long changed = 0;
    int sinceFlush = 0;
    String text;
    try {
      while ((text = lines.next()) != null) {
        number++;
        if (text != LineReader.TOO_LONG && text.isBlank()) {
          continue;
        }
        read++;
        sinceFlush++;
        if (text == LineReader.TOO_LONG) {
          rejected++;
          errors.add(
              new LineError(number, "line", "is longer than " + MAX_LINE_CHARS + " characters"));
        } else {
          ImportLineParser.Result result = parser.parse(number, text);
          if (result.accepted()) {
            chunk.add(result.line());
          } else {
            rejected++;
            errors.addAll(result.errors());
          }
        }
        if (sinceFlush >= chunkLines) {
          ProfileUpserts.Changes changes = write(c, chunk);
          imported += chunk.size();
          changed += changes.changed();
          flush(c, listener, new Progress(read, imported, rejected, changed), errors, changes);
          chunk.clear();
          errors.clear();
          sinceFlush = 0;
        }
      }
      ProfileUpserts.Changes changes = write(c, chunk);
      imported += chunk.size();
      changed += changes.changed();
      Progress done = new Progress(read, imported, rejected, changed);
      flush(c, listener, done, errors, changes);
      return done;
    } catch (SQLException | IOException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private ProfileUpserts.Changes write(Connection c, List<ImportLine> chunk) throws SQLException {
    if (chunk.isEmpty()) {
      return new ProfileUpserts.Changes(0, Set.of());
    }
    return kind == ImportKind.MENTORS
        ? ProfileUpserts.mentors(c, chunk, clock.instant())
        : ProfileUpserts.mentees(c, chunk, clock.instant());
  }

  private static void flush(
      Connection c,
      Listener listener,
      Progress progress,
      List<LineError> errors,
      ProfileUpserts.Changes changes)
      throws SQLException {
    listener.beforeCommit(c, progress, List.copyOf(errors));
    c.commit();
    listener.afterCommit(progress, changes.mentorIds());
  }
}
