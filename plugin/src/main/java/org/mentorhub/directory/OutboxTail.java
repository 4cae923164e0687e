package org.mentorhub.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which outbox rows this node has applied. Identity values are handed out in order but committed in
 * any order, so a row with a smaller id can appear after a larger one was read: every read re-reads
 * a trailing window below the highest id applied and skips only rows already applied.
 */
final class OutboxTail {

  /** One row of the outbox. */
  record Row(long id, String mentorId) {}

  private final long window;
  private final TreeSet<Long> applied = new TreeSet<>();
  private long highest;

  OutboxTail(long startAfter, long window) {
    this.highest = startAfter;
    this.window = window;
  }

  /** Read rows with ids above this. */
  long readFrom() {
    return Math.max(0, highest - window);
  }

  /** The rows of a read that still need applying. */
  List<Row> unapplied(List<Row> read) {
    List<Row> fresh = new ArrayList<>();
    for (Row row : read) {
      if (row.id() > readFrom() && !applied.contains(row.id())) {
        fresh.add(row);
      }
    }
    return fresh;
  }

  /** Marks rows applied and forgets those that fell out of the window. */
  void markApplied(List<Row> rows) {
    for (Row row : rows) {
      applied.add(row.id());
      highest = Math.max(highest, row.id());
    }
    applied.headSet(highest - window, true).clear();
  }

  /** The highest id applied; everything at or below it minus the window is surely applied. */
  long highest() {
    return highest;
  }
}
