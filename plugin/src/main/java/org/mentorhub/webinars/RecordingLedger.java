package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The transactions around a recording copy: what to fetch, and what came of it. */
@ApplicationScoped
public class RecordingLedger {

  /** What the copier needs to fetch one recording. */
  record CopyJob(String recordingId, String sessionId, String downloadLink) {}

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<org.mentorhub.platform.events.MemberNotice> notices;

  @Transactional
  public Optional<CopyJob> pending(String recordingId) {
    Recording recording = em.find(Recording.class, recordingId);
    if (recording == null || recording.status() != RecordingStatus.PENDING) {
      return Optional.empty();
    }
    return Optional.of(
        new CopyJob(recording.id(), recording.sessionId(), recording.downloadLink()));
  }

  /** Pending copies no node holds a lease on and whose next attempt is due. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<String> duePending() {
    java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
    return em.createNativeQuery(
            "SELECT id FROM webinar_recording WHERE status = 'PENDING'"
                + " AND (lease_until IS NULL OR lease_until < ?1)"
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)")
        .setParameter(1, now)
        .getResultList();
  }

  /**
   * Takes the lease on a pending copy for {@code lease}; false when another node holds it or the
   * next attempt is not due. The lease, not this node's memory, is what keeps two nodes from
   * copying one recording at once; a node that dies mid-copy lets the lease run out.
   */
  @Transactional
  public boolean lease(String recordingId, String nodeId, Duration lease) {
    java.time.Instant now = clock.instant();
    return em.createNativeQuery(
                "UPDATE webinar_recording SET leased_by = ?1, lease_until = ?2 WHERE id = ?3"
                    + " AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < ?4)"
                    + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?4)")
            .setParameter(1, nodeId)
            .setParameter(2, java.sql.Timestamp.from(now.plus(lease)))
            .setParameter(3, recordingId)
            .setParameter(4, java.sql.Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  @Transactional
  public void copied(String recordingId, String path, long size) {
    Recording recording = em.find(Recording.class, recordingId);
    recording.copied(path, size);
    releaseLease(recordingId, null);
    WebinarSession session = em.find(WebinarSession.class, recording.sessionId());
    if (session != null) {
      java.util.Map<String, Object> data =
          new java.util.HashMap<>(WebinarService.noticeData(session));
      data.put("recordingId", recording.id());
      for (String member : WebinarService.registeredMembers(em, session.id())) {
        notices.fire(
            new org.mentorhub.platform.events.MemberNotice(
                member,
                org.mentorhub.platform.events.NoticeType.RECORDING_AVAILABLE,
                data,
                clock.instant()));
      }
    }
  }

  /** Records a failed attempt; the delay before the next one, or empty when giving up. */
  @Transactional
  public Optional<Duration> failed(String recordingId, String error) {
    Recording recording = em.find(Recording.class, recordingId);
    Optional<Duration> next =
        recording.copyFailed(error, clock.instant())
            ? Optional.of(recording.nextDelay())
            : Optional.empty();
    em.flush();
    releaseLease(recordingId, next.map(d -> clock.instant().plus(d)).orElse(null));
    return next;
  }

  private void releaseLease(String recordingId, java.time.Instant nextAttempt) {
    // A null parameter has no type PostgreSQL can infer, so "no next attempt" is a literal.
    if (nextAttempt == null) {
      em.createNativeQuery(
              "UPDATE webinar_recording SET leased_by = NULL, lease_until = NULL,"
                  + " next_attempt_at = NULL WHERE id = ?1")
          .setParameter(1, recordingId)
          .executeUpdate();
      return;
    }
    em.createNativeQuery(
            "UPDATE webinar_recording SET leased_by = NULL, lease_until = NULL,"
                + " next_attempt_at = ?1 WHERE id = ?2")
        .setParameter(1, java.sql.Timestamp.from(nextAttempt))
        .setParameter(2, recordingId)
        .executeUpdate();
  }
}
