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

  @Transactional
  public List<String> allPending() {
    return em.createQuery("SELECT r.id FROM Recording r WHERE r.status = :pending", String.class)
        .setParameter("pending", RecordingStatus.PENDING)
        .getResultList();
  }

  @Transactional
  public void copied(String recordingId, String path, long size) {
    Recording recording = em.find(Recording.class, recordingId);
    recording.copied(path, size);
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
    return recording.copyFailed(error, clock.instant())
        ? Optional.of(recording.nextDelay())
        : Optional.empty();
  }
}
