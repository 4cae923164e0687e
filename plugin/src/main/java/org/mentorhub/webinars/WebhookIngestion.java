package org.mentorhub.webinars;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.persistence.DatabaseMigrations;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.webinar.JitsiException;
import org.mentorhub.webinar.WebhookEnvelope;
import org.mentorhub.webinar.WebhookEvent;
import org.mentorhub.webinar.WebhookVerificationException;

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

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;
  @Inject JitsiConnection jitsi;
  @Inject MemberService members;
  @Inject AttendanceBook attendance;
  @Inject RecordingCopier copier;
  @Inject AfterCommit afterCommit;

  /** How this database claims a key; the same for the application's life, so found once. */
  private volatile DeliveryLedger ledger;

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
   * Applies the event unless a delivery with the same key was applied before. The key is claimed
   * first, in the same transaction as the event's effect, so the two commit or roll back together;
   * a concurrent copy waits for this one and is then told it is a duplicate.
   */
  @Transactional
  public Outcome apply(WebhookEvent event, String key) {
    WebhookEnvelope envelope = event.envelope();
    Instant now = clock.instant();
    Instant at = envelope.timestamp() == null ? now : envelope.timestamp();
    // The data source's connection, which the container enlists in this transaction (and shares
    // with the entity manager if a recording is stored): join and leave, nearly every webhook,
    // then never create an entity manager, which cost a fifth of such a request's CPU.
    try (Connection c = dataSource.getConnection()) {
      SessionTimes session = sessionOfRoom(c, envelope.room());
      if (!ledger(c)
          .claim(c, key, envelope.eventType(), AttendanceBook.shorten(envelope.room()), at, now)) {
        return Outcome.DUPLICATE;
      }
      if (session == null) {
        return Outcome.APPLIED;
      }
      if (event instanceof WebhookEvent.ParticipantJoined joined) {
        attendance.record(
            c, session, joined.participant(), PresenceTimeline.Kind.JOINED, at, this::isMember);
      } else if (event instanceof WebhookEvent.ParticipantLeft left) {
        attendance.record(
            c, session, left.participant(), PresenceTimeline.Kind.LEFT, at, this::isMember);
      } else if (event instanceof WebhookEvent.RoomDestroyed destroyed && !destroyed.breakout()) {
        attendance.roomEnded(c, session, at);
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
    } catch (SQLException e) {
      // As a PersistenceException it rolls the transaction back and reaches the receiver's retry.
      throw new PersistenceException(e);
    }
  }

  /** Whether a delivery with this key has been applied. */
  @Transactional
  public boolean seen(String key) {
    return em.find(WebhookDelivery.class, key) != null;
  }

  /**
   * The session whose room the event is about; null for rooms that are not ours. Four columns by
   * the room's unique key, not the entity: nothing here changes the session. Not locked here: the
   * attendance book locks per participant, and the whole session only when it must.
   */
  private static SessionTimes sessionOfRoom(Connection c, String room) throws SQLException {
    if (room == null || room.isBlank()) {
      return null;
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, kind, starts_at, ends_at FROM webinar_session WHERE room_name = ?")) {
      select.setString(1, room);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? new SessionTimes(
                row.getString(1),
                WebinarKind.valueOf(row.getString(2)),
                row.getObject(3, OffsetDateTime.class).toInstant(),
                row.getObject(4, OffsetDateTime.class).toInstant())
            : null;
      }
    }
  }

  /** Whether the id from a join token is one of our members (only a participant's first event). */
  private boolean isMember(String id) {
    return members.find(id).isPresent();
  }

  private DeliveryLedger ledger(Connection c) throws SQLException {
    DeliveryLedger known = ledger;
    if (known == null) {
      known = DeliveryLedger.of(c);
      ledger = known;
    }
    return known;
  }
}
