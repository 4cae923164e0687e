package org.mentorhub.notifications;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.mentorhub.platform.persistence.DatabaseMigrations;

/**
 * The transactions around the notification outbox: claiming due rows for this node, and recording
 * what came of each attempt.
 *
 * <p>A claim is a conditional update of {@code claimed_by/claimed_until}: only a row that is still
 * pending and unclaimed (or whose claim expired, because its node died) changes, and the update
 * count says who won, so several nodes never deliver the same row at the same time. On PostgreSQL
 * the candidate rows are first selected {@code FOR UPDATE SKIP LOCKED}, so nodes that poll together
 * take different rows instead of queueing on the same ones. A row is a candidate only when no
 * earlier row of the same recipient and channel is still pending: a recipient's events arrive in
 * order.
 */
@ApplicationScoped
public class Outbox {

  static final String CANDIDATES =
      "SELECT n.id FROM notification_outbox n WHERE n.status = 'PENDING'"
          + " AND n.next_attempt_at <= ?1 AND (n.claimed_until IS NULL OR n.claimed_until < ?1)"
          + " AND NOT EXISTS (SELECT 1 FROM notification_outbox e WHERE e.recipient_id = n.recipient_id"
          + " AND e.channel = n.channel AND e.status = 'PENDING' AND e.seq < n.seq)"
          + " ORDER BY n.seq LIMIT ?2";

  static final String CLAIM =
      "UPDATE notification_outbox SET claimed_by = ?1, claimed_until = ?2 WHERE id = ?3"
          + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?4)";

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  private volatile Boolean postgres;

  /**
   * Creates the bean while the application deploys. Its data source comes from the application's
   * naming context, which the thread of Payara's health service lacks: created lazily from {@code
   * /health/ready}, the lookup failed and readiness stayed DOWN.
   */
  void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  /** What a claimed row needs for one delivery attempt. */
  public record Claimed(
      String id,
      String eventId,
      Channel channel,
      String recipientId,
      org.mentorhub.platform.events.NoticeType type,
      String body,
      Instant dueAt,
      int attempts,
      boolean digest) {}

  /** Claims up to {@code limit} due rows for {@code node} until {@code lease} from now. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Claimed> claim(String node, int limit, Duration lease) {
    Instant now = clock.instant();
    OffsetDateTime at = utc(now);
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(CANDIDATES + (isPostgres() ? " FOR UPDATE SKIP LOCKED" : ""))
            .setParameter(1, at)
            .setParameter(2, limit)
            .getResultList();
    List<Claimed> claimed = new ArrayList<>();
    for (Object id : ids) {
      if (take(String.valueOf(id), node, now, lease)) {
        Delivery d = em.find(Delivery.class, String.valueOf(id));
        claimed.add(claimedOf(d));
      }
    }
    return claimed;
  }

  /**
   * Claims the recipient's other due digest emails, so one digest carries them all; the head row
   * (already claimed) is not among them.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Claimed> claimDigestSiblings(String node, Claimed head, Duration lease) {
    Instant now = clock.instant();
    List<Delivery> due =
        em.createQuery(
                "SELECT d FROM Delivery d WHERE d.recipientId = :r AND d.channel = :email"
                    + " AND d.status = :pending AND d.digest = TRUE AND d.nextAttemptAt <= :now"
                    + " AND d.id <> :head ORDER BY d.occurredAt",
                Delivery.class)
            .setParameter("r", head.recipientId())
            .setParameter("email", Channel.EMAIL)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setParameter("head", head.id())
            .setMaxResults(200)
            .getResultList();
    List<Claimed> claimed = new ArrayList<>();
    for (Delivery d : due) {
      if (take(d.id(), node, now, lease)) {
        claimed.add(claimedOf(d));
      }
    }
    return claimed;
  }

  private boolean take(String id, String node, Instant now, Duration lease) {
    return em.createNativeQuery(CLAIM)
            .setParameter(1, node)
            .setParameter(2, utc(now.plus(lease)))
            .setParameter(3, id)
            .setParameter(4, utc(now))
            .executeUpdate()
        == 1;
  }

  /** Marks a claimed row delivered; false when this node's claim was lost meanwhile. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean delivered(String id, String node) {
    Delivery d = owned(id, node);
    if (d == null) {
      return false;
    }
    d.delivered(clock.instant());
    return true;
  }

  /** Marks a claimed row as not needing delivery after all. */
  @Transactional(TxType.REQUIRES_NEW)
  public void skipped(String id, String node, String why) {
    Delivery d = owned(id, node);
    if (d != null) {
      d.skipped(why, clock.instant());
    }
  }

  /**
   * Records a failed attempt and schedules the next one; returns true when the row gave up (its
   * retry window is over) and is now DEAD.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean failed(String id, String node, String error, Backoff backoff, double random) {
    Delivery d = owned(id, node);
    if (d == null) {
      return false;
    }
    Instant next =
        backoff.nextAttempt(d.dueAt(), d.attempts() + 1, clock.instant(), random).orElse(null);
    d.failed(error, next);
    return next == null;
  }

  private Delivery owned(String id, String node) {
    Delivery d = em.find(Delivery.class, id);
    return d != null && node.equals(d.claimedBy()) && d.status() == DeliveryStatus.PENDING
        ? d
        : null;
  }

  /** Counts for health and metrics. */
  public record Stats(long pending, long dead, long oldestDueSeconds) {}

  /**
   * Counts for health and metrics. Plain JDBC on the injected data source, outside any transaction:
   * Payara calls health checks and gauges on its own threads, where neither the persistence unit
   * nor the transaction manager can be looked up by name.
   */
  public Stats stats() {
    Instant now = clock.instant();
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "SELECT SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN status = 'DEAD' THEN 1 ELSE 0 END),"
                    + " MIN(CASE WHEN status = 'PENDING' AND due_at <= ? THEN due_at END)"
                    + " FROM notification_outbox WHERE status IN ('PENDING', 'DEAD')")) {
      s.setObject(1, now.atOffset(java.time.ZoneOffset.UTC));
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        java.time.OffsetDateTime oldest = r.getObject(3, java.time.OffsetDateTime.class);
        long age =
            oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds());
        return new Stats(r.getLong(1), r.getLong(2), age);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Reading the notification outbox failed", e);
    }
  }

  private static Claimed claimedOf(Delivery d) {
    return new Claimed(
        d.id(),
        d.eventId(),
        d.channel(),
        d.recipientId(),
        d.type(),
        d.body(),
        d.dueAt(),
        d.attempts(),
        d.digest());
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection c = dataSource.getConnection()) {
        known =
            c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      } catch (SQLException e) {
        known = false;
      }
      postgres = known;
    }
    return known;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
