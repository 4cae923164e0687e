package org.mentorhub.hostsync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;

/**
 * Announces imported mentors to the other nodes of a cluster: one {@code index_outbox} row each,
 * written in the chunk's own transaction (so the rows commit with the profiles or not at all) with
 * multi-row inserts, which every node's outbox tail then applies from the database.
 */
final class ImportOutbox {

  private ImportOutbox() {}

  static void record(Connection c, Collection<String> mentorIds, Instant now) throws SQLException {
    if (mentorIds.isEmpty()) {
      return;
    }
    try (RowInserter insert =
        new RowInserter(
            c, "index_outbox", "mentor_id, created_at", Types.VARCHAR, Types.TIMESTAMP)) {
      for (String id : mentorIds) {
        insert.add(id, now);
      }
      insert.flush();
    }
  }
}
