package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.webinar.JitsiException;
import org.mentorhub.webinar.WebhookEnvelope;
import org.mentorhub.webinar.WebhookEvent;
import org.mentorhub.webinar.WebhookVerificationException;
import org.mentorhub.webinars.PresenceRecord.Participant;

/**
 * Applies verified JaaS webhooks: joins and leaves become attendance, the room's end closes open
 * intervals, an uploaded recording is stored and copied. Each delivery is applied once.
 */
@ApplicationScoped
public class WebhookIngestion {

  /** What happened to a delivery. */
  public enum Outcome {
    APPLIED,
    DUPLICATE
  }

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject JitsiConnection jitsi;
  @Inject MemberService members;
  @Inject AttendanceBook attendance;
  @Inject RecordingCopier copier;
  @Inject AfterCommit afterCommit;

  /** Checks the signature over the raw body and parses it. */
  public WebhookEvent verify(String signatureHeader, byte[] body) {
    try {
      return jitsi.verifier().verifyAndParse(signatureHeader, body);
    } catch (WebhookVerificationException e) {
      throw new BadWebhookSignatureException(e.reason().name(), e.getMessage());
    } catch (JitsiException e) {
      throw new InvalidRequestException("body", "not a JaaS webhook event: " + e.getMessage());
    }
  }

  /**
   * The key a delivery is deduplicated on: JaaS's idempotency key, or a hash of the body when a
   * sender leaves it out.
   */
  public static String deliveryKey(WebhookEvent event, byte[] body) {
    String key = event.envelope().idempotencyKey();
    if (key != null && !key.isBlank()) {
      return key.length() > 200 ? key.substring(0, 200) : key;
    }
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Applies the event unless a delivery with the same key was applied before. A concurrent copy
   * fails on the key's primary key and rolls back; {@link #seen} then tells the caller so.
   */
  @Transactional
  public Outcome apply(WebhookEvent event, String key) {
    WebhookEnvelope envelope = event.envelope();
    Instant now = clock.instant();
    Instant at = envelope.timestamp() == null ? now : envelope.timestamp();
    WebinarSession session = sessionOfRoom(envelope.room());
    // Deduplicate before any lock is taken: the attendance book locks only what a fold needs.
    if (em.find(WebhookDelivery.class, key) != null) {
      return Outcome.DUPLICATE;
    }
    em.persist(new WebhookDelivery(key, envelope.eventType(), shorten(envelope.room()), at, now));
    em.flush();
    if (session == null) {
      return Outcome.APPLIED;
    }
    if (event instanceof WebhookEvent.ParticipantJoined joined) {
      attendance.record(
          session,
          participant(joined.participant()),
          joined.participant().participantId(),
          PresenceTimeline.Kind.JOINED,
          at);
    } else if (event instanceof WebhookEvent.ParticipantLeft left) {
      attendance.record(
          session,
          participant(left.participant()),
          left.participant().participantId(),
          PresenceTimeline.Kind.LEFT,
          at);
    } else if (event instanceof WebhookEvent.RoomDestroyed destroyed && !destroyed.breakout()) {
      attendance.roomEnded(session, at);
    } else if (event instanceof WebhookEvent.RecordingUploaded uploaded
        && uploaded.downloadLink() != null) {
      Recording recording =
          Recording.uploaded(
              session.id(),
              uploaded.recordingSessionId(),
              uploaded.downloadLink(),
              uploaded.startedAt(),
              uploaded.endedAt(),
              uploaded.duration(),
              now);
      em.persist(recording);
      afterCommit.run(() -> copier.schedule(recording.id(), Duration.ZERO));
    }
    return Outcome.APPLIED;
  }

  /** Whether a delivery with this key has been applied. */
  @Transactional
  public boolean seen(String key) {
    return em.find(WebhookDelivery.class, key) != null;
  }

  /**
   * The session whose room the event is about; null for rooms that are not ours. Not locked here:
   * the attendance book locks per participant, and the whole session only when it must.
   */
  private WebinarSession sessionOfRoom(String room) {
    if (room == null || room.isBlank()) {
      return null;
    }
    List<WebinarSession> found =
        em.createQuery("SELECT s FROM WebinarSession s WHERE s.roomName = :r", WebinarSession.class)
            .setParameter("r", room)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * A member when the token's user id names one of ours; anyone else is a guest keyed by their
   * connection, so their minutes never land on a member.
   */
  private Participant participant(WebhookEvent.Participant p) {
    if (p.id() != null && !p.id().isBlank() && members.find(p.id()).isPresent()) {
      return new Participant(p.id(), p.id(), shorten(p.name()));
    }
    String connection = firstNonBlank(p.participantId(), p.participantJid(), p.name(), "unknown");
    return new Participant(shorten("guest:" + connection), null, shorten(p.name()));
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String shorten(String text) {
    if (text == null) {
      return null;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return utf8.length <= 200 ? text : text.substring(0, 150);
  }
}
