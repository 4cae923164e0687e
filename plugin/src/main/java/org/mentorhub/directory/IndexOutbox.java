package org.mentorhub.directory;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Records that a mentor's document must be refreshed, in the caller's transaction: the change and
 * its outbox row commit together or not at all, so the index can never miss a change.
 */
public final class IndexOutbox {
  private IndexOutbox() {}

  public static void record(EntityManager em, String mentorId, Instant at) {
    em.createNativeQuery("INSERT INTO index_outbox (mentor_id, created_at) VALUES (?1, ?2)")
        .setParameter(1, mentorId)
        .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .executeUpdate();
  }
}
