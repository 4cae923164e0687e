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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs one import over a stream of NDJSON lines: each line is parsed and validated on its own, bad
 * ones are reported and skipped, and the good ones are upserted in chunks of {@code chunkLines},
 * one transaction per chunk. Plain JDBC and no container, so the benchmark runs exactly this code.
 *
 * <p>Given an executor, reading and validating the next chunk runs on it while the current chunk is
 * written, so the two main costs overlap (at most two parsed chunks wait, so memory stays flat).
 *
 * <p>Before each chunk commits, the listener records the progress (in the chunk's own transaction,
 * so the counters never run ahead of the data); it commits the chunk, given the changed mentors as
 * the index must show them; and after the commit it learns which mentors changed.
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

    /**
     * Commits the chunk's transaction. The server also puts the chunk's mentors into its search
     * index in the same step (see {@code DirectoryIndexer.commitImported}), so that no other change
     * to them can be indexed between the commit and the import's update.
     */
    default void commit(Connection c, ImportedMentors mentors) throws SQLException {
      c.commit();
    }

    /** After the chunk committed: e.g. refresh the changed mentors in the search index. */
    void afterCommit(Progress progress, Set<String> changedMentorIds);
  }

  /** The lines read for one chunk: the valid ones, the errors of the others, how many of each. */
  private record Batch(List<ImportLine> lines, List<LineError> errors, long read, long rejected) {}

  /** Ends the stream of batches; carries the producer's failure, if any. */
  private record End(Throwable failure) {}

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

  /** Imports every line on this thread. */
  public Progress run(Reader in, Connection c, Listener listener) throws IOException, SQLException {
    return run(in, c, listener, null);
  }

  /**
   * Imports every line; the connection is switched out of auto-commit and committed per chunk.
   *
   * @param parsing where to read and validate ahead of the writes; null to do all on this thread
   */
  public Progress run(Reader in, Connection c, Listener listener, Executor parsing)
      throws IOException, SQLException {
    c.setAutoCommit(false);
    Writer writer = new Writer(c, listener);
    try {
      if (parsing == null) {
        read(in, batch -> writer.write(batch), () -> false);
      } else {
        pipelined(in, writer, parsing);
      }
      return writer.progress();
    } catch (SQLException | IOException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private void pipelined(Reader in, Writer writer, Executor parsing)
      throws IOException, SQLException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    boolean[] cancelled = {false};
    parsing.execute(
        () -> {
          Throwable failure = null;
          try {
            read(in, batch -> put(queue, batch, cancelled), () -> cancelled[0]);
          } catch (Throwable t) {
            failure = t;
          }
          put(queue, new End(failure), cancelled);
        });
    try {
      while (true) {
        Object next = queue.take();
        if (next instanceof End end) {
          if (end.failure() instanceof IOException io) {
            throw io;
          }
          if (end.failure() instanceof RuntimeException re) {
            throw re;
          }
          if (end.failure() != null) {
            throw new IllegalStateException("Reading the import failed", end.failure());
          }
          return;
        }
        writer.write((Batch) next);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while importing", e);
    } finally {
      synchronized (cancelled) {
        cancelled[0] = true;
      }
      queue.clear();
    }
  }

  private static void put(BlockingQueue<Object> queue, Object item, boolean[] cancelled) {
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        synchronized (cancelled) {
          if (cancelled[0]) {
            throw new IllegalStateException("The import was stopped");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while importing", e);
    }
  }

  /** What to do with each batch read. */
  private interface BatchSink {
    void accept(Batch batch) throws SQLException;
  }

  /** Whether the reader should stop early. */
  private interface Stop {
    boolean now();
  }

  /** Reads, parses and validates every line, handing over one batch per chunk (and a last one). */
  private void read(Reader in, BatchSink sink, Stop stop) throws IOException, SQLException {
    LineReader lines = new LineReader(in, MAX_LINE_CHARS);
    List<ImportLine> chunk = new ArrayList<>(chunkLines);
    List<LineError> errors = new ArrayList<>();
    long number = 0;
    long read = 0;
    long rejected = 0;
    String text;
    while ((text = lines.next()) != null) {
      number++;
      if (text != LineReader.TOO_LONG && text.isBlank()) {
        continue;
      }
      read++;
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
      if (read == chunkLines) {
        if (stop.now()) {
          return;
        }
        sink.accept(new Batch(chunk, errors, read, rejected));
        chunk = new ArrayList<>(chunkLines);
        errors = new ArrayList<>();
        read = 0;
        rejected = 0;
      }
    }
    sink.accept(new Batch(chunk, errors, read, rejected));
  }

  /** Writes batches, one transaction each, and keeps the counters. */
  private final class Writer {
    private final Connection c;
    private final Listener listener;
    private long read;
    private long imported;
    private long rejected;
    private long changed;

    Writer(Connection c, Listener listener) {
      this.c = c;
      this.listener = listener;
    }

    void write(Batch batch) throws SQLException {
      ProfileUpserts.Changes changes =
          batch.lines().isEmpty()
              ? ProfileUpserts.Changes.NONE
              : kind == ImportKind.MENTORS
                  ? ProfileUpserts.mentors(c, batch.lines(), clock.instant())
                  : ProfileUpserts.mentees(c, batch.lines(), clock.instant());
      read += batch.read();
      imported += batch.lines().size();
      rejected += batch.rejected();
      changed += changes.changed();
      Progress progress = progress();
      listener.beforeCommit(c, progress, List.copyOf(batch.errors()));
      listener.commit(c, changes.mentors());
      listener.afterCommit(progress, changes.mentorIds());
    }

    Progress progress() {
      return new Progress(read, imported, rejected, changed);
    }
  }
}
