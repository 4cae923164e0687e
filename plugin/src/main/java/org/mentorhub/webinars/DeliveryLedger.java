package org.mentorhub.webinars;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Claims a webhook delivery's idempotency key with one statement: the key's primary key in {@code
 * webinar_webhook_event} is the guard, so a delivery is applied once whichever node receives it.
 *
 * <p>An insert that leaves an existing key alone replaces the look-up plus insert the receiver used
 * to do, and a repeated delivery no longer costs a failed transaction. A copy delivered at the same
 * moment waits for the first one's transaction: on PostgreSQL {@code ON CONFLICT DO NOTHING} then
 * reports no row (or inserts, if the first rolled back); on H2 the {@code MERGE} fails with a
 * unique violation once the first has committed, which H2 undoes for that statement only.
 */
final class DeliveryLedger {

  private static final String COLUMNS =
      "idempotency_key, event_type, room_name, occurred_at, received_at";

  private static final String POSTGRES =
      "INSERT INTO webinar_webhook_event ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING";

  /** Standard SQL, as H2 has no {@code ON CONFLICT} outside its PostgreSQL mode. */
  private static final String STANDARD =
      "MERGE INTO webinar_webhook_event e USING (VALUES (CAST(? AS VARCHAR(200)),"
          + " CAST(? AS VARCHAR(60)), CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP WITH TIME ZONE),"
          + " CAST(? AS TIMESTAMP WITH TIME ZONE))) d (k, t, r, o, n) ON e.idempotency_key = d.k"
          + " WHEN NOT MATCHED THEN INSERT ("
          + COLUMNS
          + ") VALUES (d.k, d.t, d.r, d.o, d.n)";

  /** SQLSTATE class of integrity constraint violations. */
  private static final String INTEGRITY_VIOLATION = "23";

  private final String sql;
  private final boolean postgres;

  private DeliveryLedger(boolean postgres) {
    this.sql = postgres ? POSTGRES : STANDARD;
    this.postgres = postgres;
  }

  /** The ledger for the database behind {@code c}. */
  static DeliveryLedger of(Connection c) throws SQLException {
    return forProduct(c.getMetaData().getDatabaseProductName());
  }

  static DeliveryLedger forProduct(String databaseProductName) {
    return new DeliveryLedger(databaseProductName.toLowerCase(Locale.ROOT).contains("postgres"));
  }

  /** The statement this ledger claims a key with. */
  String sql() {
    return sql;
  }

  /**
   * Records the delivery unless its key was recorded before; true when this call recorded it, so
   * the caller applies the event, false for a repeat.
   */
  boolean claim(
      Connection c, String key, String eventType, String room, Instant occurredAt, Instant now)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setString(1, key);
      insert.setString(2, eventType);
      insert.setString(3, room);
      insert.setObject(4, utc(occurredAt), Types.TIMESTAMP_WITH_TIMEZONE);
      insert.setObject(5, utc(now), Types.TIMESTAMP_WITH_TIMEZONE);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      // Only H2 gets here for a repeat, and it keeps the transaction usable; on PostgreSQL a failed
      // statement aborts the transaction, so any failure there must roll back.
      if (!postgres && e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
        return false;
      }
      throw e;
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
