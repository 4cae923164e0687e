package org.mentorhub.hostsync;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/admin/import/jobs/{id}}: an import and how far it has got. */
public record ImportJobView(
    String id,
    ImportKind kind,
    Status status,
    long read,
    long imported,
    long rejected,
    List<LineError> errors,
    Instant startedAt,
    Instant finishedAt,
    String failure) {

  /** Where an import stands. */
  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED
  }
}
