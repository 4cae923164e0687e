package org.mentorhub.training;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.mentorhub.content.Step;
import org.mentorhub.content.TrackCatalog;

/**
 * Marks generated demo mentors as trained, straight into the schema with JDBC batches, so the demo
 * directory lists them when it requires {@value TrainingService#MENTORING_FOUNDATIONS}.
 *
 * <p>The caller owns the connection and its transaction; each batch is committed when the
 * connection is not in auto-commit mode, as the demo community writer does.
 */
public final class TrainingDemoData {

  private static final int BATCH = 500;

  private TrainingDemoData() {}

  /**
   * Enrols each member in mentoring foundations with every step done and a certificate issued;
   * returns how many members were marked.
   */
  public static int markFoundationsComplete(
      Connection c, Stream<String> memberIds, Instant completedAt) throws SQLException {
    List<String> steps =
        TrackCatalog.fromClasspath()
            .track(TrainingService.MENTORING_FOUNDATIONS)
            .orElseThrow(() -> new IllegalStateException("No mentoring-foundations track"))
            .steps()
            .stream()
            .map(Step::id)
            .toList();
    Timestamp at = Timestamp.from(completedAt);
    int count = 0;
    try (PreparedStatement enrollment =
            c.prepareStatement(
                "INSERT INTO training_enrollment (id, member_id, track_slug, enrolled_at,"
                    + " completed_at, certificate_code, version) VALUES (?, ?, ?, ?, ?, ?, 1)");
        PreparedStatement completion =
            c.prepareStatement(
                "INSERT INTO training_step_completion (id, member_id, track_slug, step_id,"
                    + " completed_at, version) VALUES (?, ?, ?, ?, ?, 1)")) {
      Iterator<String> it = memberIds.iterator();
      while (it.hasNext()) {
        String memberId = it.next();
        enrollment.setString(1, UUID.randomUUID().toString());
        enrollment.setString(2, memberId);
        enrollment.setString(3, TrainingService.MENTORING_FOUNDATIONS);
        enrollment.setTimestamp(4, at);
        enrollment.setTimestamp(5, at);
        enrollment.setString(6, CertificateCode.random());
        enrollment.addBatch();
        for (String stepId : steps) {
          completion.setString(1, UUID.randomUUID().toString());
          completion.setString(2, memberId);
          completion.setString(3, TrainingService.MENTORING_FOUNDATIONS);
          completion.setString(4, stepId);
          completion.setTimestamp(5, at);
          completion.addBatch();
        }
        if (++count % BATCH == 0) {
          flush(c, enrollment, completion);
        }
      }
      flush(c, enrollment, completion);
    }
    return count;
  }

  private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }
}
