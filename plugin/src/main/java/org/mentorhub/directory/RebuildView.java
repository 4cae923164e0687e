package org.mentorhub.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/admin/search/reindex/{id}}: a rebuild to generation {@code id} across the
 * nodes that are live. It is DONE when every live node's index is at that generation or later,
 * FAILED when a node's rebuild to it failed, RUNNING otherwise; {@code indexed} is the slowest
 * node's count, so it reaches {@code total} only when the whole cluster has.
 */
public record RebuildView(
    String id,
    ReindexJob.Status status,
    long total,
    long indexed,
    Instant startedAt,
    Instant finishedAt,
    String error,
    List<NodeRebuild> nodes) {

  /** One live node's part in the rebuild. */
  public record NodeRebuild(
      String nodeId, ReindexJob.Status status, long indexed, Instant finishedAt, String error) {}

  /** A node as {@code GET /api/v1/admin/search/nodes} shows it. */
  public record NodeView(
      String nodeId,
      boolean live,
      Instant startedAt,
      Instant heartbeatAt,
      long appliedThrough,
      long behindBy,
      long documents,
      long epoch) {

    static NodeView of(IndexNodes.Node n, Instant now, Duration timeout, long newestOutboxId) {
      return new NodeView(
          n.nodeId(),
          n.liveAt(now, timeout),
          n.startedAt(),
          n.heartbeatAt(),
          n.appliedThrough(),
          Math.max(0, newestOutboxId - n.appliedThrough()),
          n.documents(),
          n.epoch());
    }
  }

  static RebuildView of(
      long id,
      IndexNodes.State state,
      List<IndexNodes.Node> all,
      Instant now,
      Duration timeout,
      long mentors) {
    List<NodeRebuild> parts = new ArrayList<>();
    long slowest = mentors;
    boolean failed = false;
    boolean running = false;
    Instant started = id == state.epoch() ? state.epochRequestedAt() : null;
    Instant finished = null;
    String error = null;
    for (IndexNodes.Node n : all) {
      if (!n.liveAt(now, timeout)) {
        continue;
      }
      boolean thisRebuild = n.rebuildEpoch() != null && n.rebuildEpoch() == id;
      ReindexJob.Status status;
      long indexed;
      if (n.epoch() >= id) {
        status = ReindexJob.Status.DONE;
        indexed = thisRebuild && n.rebuildTotal() != null ? n.rebuildTotal() : mentors;
      } else if (thisRebuild && "FAILED".equals(n.rebuildStatus())) {
        status = ReindexJob.Status.FAILED;
        indexed = n.rebuildIndexed() == null ? 0 : n.rebuildIndexed();
      } else {
        status = ReindexJob.Status.RUNNING;
        indexed = thisRebuild && n.rebuildIndexed() != null ? n.rebuildIndexed() : 0;
      }
      failed |= status == ReindexJob.Status.FAILED;
      running |= status == ReindexJob.Status.RUNNING;
      slowest = Math.min(slowest, indexed);
      Instant nodeFinished = thisRebuild ? n.rebuildFinishedAt() : null;
      if (nodeFinished != null && (finished == null || nodeFinished.isAfter(finished))) {
        finished = nodeFinished;
      }
      if (thisRebuild && started == null) {
        started = n.rebuildStartedAt();
      }
      if (status == ReindexJob.Status.FAILED) {
        error = n.nodeId() + ": " + n.rebuildError();
      }
      parts.add(new NodeRebuild(n.nodeId(), status, indexed, nodeFinished, n.rebuildError()));
    }
    ReindexJob.Status overall =
        failed
            ? ReindexJob.Status.FAILED
            : running ? ReindexJob.Status.RUNNING : ReindexJob.Status.DONE;
    return new RebuildView(
        String.valueOf(id),
        overall,
        mentors,
        overall == ReindexJob.Status.DONE ? mentors : slowest,
        started,
        overall == ReindexJob.Status.RUNNING ? null : finished,
        error,
        List.copyOf(parts));
  }
}
