package org.mentorhub.directory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A full rebuild of the search index from the database, and how far it has got. */
public final class ReindexJob {

  /** Where a rebuild stands. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  private final String id;
  private final long total;
  private final Instant startedAt;
  private final AtomicLong indexed = new AtomicLong();
  private volatile Status status = Status.RUNNING;
  private volatile Instant finishedAt;
  private volatile String error;

  ReindexJob(String id, long total, Instant startedAt) {
    this.id = id;
    this.total = total;
    this.startedAt = startedAt;
  }

  void progress(long count) {
    indexed.set(count);
  }

  void finish(Instant at) {
    finishedAt = at;
    status = Status.DONE;
  }

  void fail(Instant at, String why) {
    finishedAt = at;
    error = why;
    status = Status.FAILED;
  }

  /** The job as the API shows it. */
  public View view() {
    return new View(id, status, total, indexed.get(), startedAt, finishedAt, error);
  }

  /** {@code GET /api/v1/admin/search/reindex/{id}}. */
  public record View(
      String id,
      Status status,
      long total,
      long indexed,
      Instant startedAt,
      Instant finishedAt,
      String error) {}
}
