package org.mentorhub.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements behind several nodes sharing one index outbox: each node's row in {@code
 * index_node} (where its index stands, how a rebuild goes), the single {@code index_state} row (how
 * far the outbox was pruned, which rebuild generation every node should reach), and pruning. Plain
 * JDBC on the caller's connection, the same on H2 and PostgreSQL.
 */
final class IndexNodes {

  private IndexNodes() {}

  /** The cluster-wide part: outbox ids at or below {@code prunedThrough} are gone. */
  record State(long prunedThrough, long epoch, Instant epochRequestedAt, String epochReason) {}

  /** One node's row as the others see it. */
  record Node(
      String nodeId,
      Instant startedAt,
      Instant heartbeatAt,
      long appliedThrough,
      long documents,
      long epoch,
      Long rebuildEpoch,
      String rebuildStatus,
      Long rebuildTotal,
      Long rebuildIndexed,
      Instant rebuildStartedAt,
      Instant rebuildFinishedAt,
      String rebuildError) {

    boolean liveAt(Instant now, Duration timeout) {
      return !heartbeatAt.isBefore(now.minus(timeout));
    }
  }

  /** What a node reports of itself on each heartbeat. */
  record Report(
      String nodeId,
      Instant startedAt,
      long appliedThrough,
      long documents,
      long epoch,
      ReindexJob.View rebuild) {}

  static State state(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT pruned_through, epoch, epoch_requested_at, epoch_reason FROM index_state"
                    + " WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return new State(0, 0, null, null);
      }
      return new State(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3)), rs.getString(4));
    }
  }

  /** Raises the generation every node must rebuild to; returns the new one. */
  static long raiseEpoch(Connection c, Instant now, String reason) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE index_state SET epoch = epoch + 1, epoch_requested_at = ?, epoch_reason = ?"
                + " WHERE id = 1")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setString(2, reason.length() > 200 ? reason.substring(0, 200) : reason);
      s.executeUpdate();
    }
    return state(c).epoch();
  }

  static Optional<Node> node(Connection c, String nodeId) throws SQLException {
    for (Node n : query(c, " WHERE node_id = ?", nodeId)) {
      return Optional.of(n);
    }
    return Optional.empty();
  }

  static List<Node> nodes(Connection c) throws SQLException {
    return query(c, " ORDER BY node_id", null);
  }

  /**
   * Writes this node's row, creating it on the first heartbeat. The rebuild columns are written
   * only when the node has a rebuild to tell of, so a restart keeps the last one visible.
   */
  static void report(Connection c, Report r, Instant now) throws SQLException {
    ReindexJob.View job = r.rebuild();
    String rebuildColumns =
        job == null
            ? ""
            : ", rebuild_epoch = ?, rebuild_status = ?, rebuild_total = ?, rebuild_indexed = ?,"
                + " rebuild_started_at = ?, rebuild_finished_at = ?, rebuild_error = ?";
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE index_node SET started_at = ?, heartbeat_at = ?, applied_through = ?,"
                + " documents = ?, epoch = ?"
                + rebuildColumns
                + " WHERE node_id = ?")) {
      int next = bindReport(s, r, now);
      s.setString(next, r.nodeId());
      if (s.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO index_node (started_at, heartbeat_at, applied_through, documents, epoch"
                + (job == null
                    ? ""
                    : ", rebuild_epoch, rebuild_status, rebuild_total, rebuild_indexed,"
                        + " rebuild_started_at, rebuild_finished_at, rebuild_error")
                + ", node_id) VALUES (?, ?, ?, ?, ?"
                + (job == null ? "" : ", ?, ?, ?, ?, ?, ?, ?")
                + ", ?)")) {
      int next = bindReport(s, r, now);
      s.setString(next, r.nodeId());
      s.executeUpdate();
    }
  }

  private static int bindReport(PreparedStatement s, Report r, Instant now) throws SQLException {
    s.setTimestamp(1, Timestamp.from(r.startedAt()));
    s.setTimestamp(2, Timestamp.from(now));
    s.setLong(3, r.appliedThrough());
    s.setLong(4, r.documents());
    s.setLong(5, r.epoch());
    ReindexJob.View job = r.rebuild();
    if (job == null) {
      return 6;
    }
    s.setLong(6, Long.parseLong(job.id()));
    s.setString(7, job.status().name());
    s.setLong(8, job.total());
    s.setLong(9, job.indexed());
    s.setTimestamp(10, Timestamp.from(job.startedAt()));
    s.setTimestamp(11, job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()));
    s.setString(12, job.error());
    return 13;
  }

  /**
   * Deletes outbox rows no live node still needs: every id at or below the lowest position of the
   * nodes heard from within {@code timeout}, and, past {@code maxAge}, older rows even if a node is
   * still behind them (that node rebuilds when it sees {@code pruned_through} above its position).
   * The newest {@code window} ids are never deleted by age, since an up-to-date node still re-reads
   * them. Returns how many rows went.
   */
  static int prune(
      Connection c, Instant now, Duration timeout, Duration maxAge, long window, String self)
      throws SQLException {
    long horizon = Long.MAX_VALUE;
    boolean selfSeen = false;
    for (Node n : nodes(c)) {
      if (n.liveAt(now, timeout)) {
        horizon = Math.min(horizon, n.appliedThrough());
        selfSeen |= n.nodeId().equals(self);
      }
    }
    if (!selfSeen) {
      // This node's own row is missing or stale: it cannot judge who is live.
      return 0;
    }
    long newest = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM index_outbox", null);
    long aged =
        Math.min(
            scalar(
                c,
                "SELECT COALESCE(MAX(id), 0) FROM index_outbox WHERE created_at < ?",
                Timestamp.from(now.minus(maxAge))),
            newest - window);
    long through = Math.max(horizon, aged);
    long highestGone =
        scalar(c, "SELECT COALESCE(MAX(id), 0) FROM index_outbox WHERE id <= ?", through);
    if (highestGone == 0) {
      return 0;
    }
    int deleted;
    try (PreparedStatement s = c.prepareStatement("DELETE FROM index_outbox WHERE id <= ?")) {
      s.setLong(1, highestGone);
      deleted = s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE index_state SET pruned_through = ? WHERE id = 1 AND pruned_through < ?")) {
      s.setLong(1, highestGone);
      s.setLong(2, highestGone);
      s.executeUpdate();
    }
    return deleted;
  }

  private static List<Node> query(Connection c, String where, String arg) throws SQLException {
    List<Node> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT node_id, started_at, heartbeat_at, applied_through, documents, epoch,"
                + " rebuild_epoch, rebuild_status, rebuild_total, rebuild_indexed,"
                + " rebuild_started_at, rebuild_finished_at, rebuild_error FROM index_node"
                + where)) {
      if (arg != null) {
        s.setString(1, arg);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Node(
                  rs.getString(1),
                  instant(rs.getTimestamp(2)),
                  instant(rs.getTimestamp(3)),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  (Long) rs.getObject(7, Long.class),
                  rs.getString(8),
                  (Long) rs.getObject(9, Long.class),
                  (Long) rs.getObject(10, Long.class),
                  instant(rs.getTimestamp(11)),
                  instant(rs.getTimestamp(12)),
                  rs.getString(13)));
        }
      }
    }
    return out;
  }

  private static long scalar(Connection c, String sql, Object arg) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (arg != null) {
        s.setObject(1, arg);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
