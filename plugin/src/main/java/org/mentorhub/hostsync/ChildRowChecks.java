package org.mentorhub.hostsync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Lets an import chunk write the tag rows of the profiles it has just written without PostgreSQL
 * checking each row's foreign key, where the database role may do so.
 *
 * <p>Each tag row's check is a query plus a key-share lock of its profile, run per row: with about
 * seven tags a mentor that was half of PostgreSQL's work in a bulk import (1,000,000 lines: 1.38×
 * and 1.55× the import's speed in two runs against the checked rows). The rows it skips cannot
 * break the key: the chunk inserted or updated each of those profiles in the same transaction,
 * before its tags, so every parent exists and stays locked by this transaction until it commits.
 * The constraints stay; every other writer, and everything outside the tag rows of the chunk, is
 * checked as before.
 *
 * <p>It sets {@code session_replication_role} to {@code replica} for those statements only, which
 * PostgreSQL allows a superuser, and on PostgreSQL 15 or later a role granted {@code SET} on it
 * ({@code GRANT SET ON PARAMETER session_replication_role TO mentorhub}); without that right, or on
 * H2, the rows are written with their checks as before.
 */
final class ChildRowChecks implements AutoCloseable {

  private static final ChildRowChecks KEPT = new ChildRowChecks(null);

  private final Connection skipping;

  private ChildRowChecks(Connection skipping) {
    this.skipping = skipping;
  }

  /** Skips the checks on {@code c} until {@link #close()}, if this database and role allow it. */
  static ChildRowChecks skippedOn(Connection c) throws SQLException {
    if (!c.isWrapperFor(PGConnection.class) || !mayReplicate(c)) {
      return KEPT;
    }
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL session_replication_role = replica");
    }
    return new ChildRowChecks(c);
  }

  /** Whether the checks are skipped (for tests). */
  boolean skipping() {
    return skipping != null;
  }

  /** Whether the role may set the parameter, and it is at its usual value (no nesting). */
  private static boolean mayReplicate(Connection c) throws SQLException {
    String privilege =
        c.getMetaData().getDatabaseMajorVersion() >= 15
            ? "has_parameter_privilege('session_replication_role', 'SET')"
            : "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)";
    try (Statement s = c.createStatement();
        ResultSet row =
            s.executeQuery(
                "SELECT current_setting('session_replication_role') = 'origin' AND " + privilege)) {
      return row.next() && row.getBoolean(1);
    }
  }

  /** Checks again from here on (the setting would otherwise last until the commit). */
  @Override
  public void close() throws SQLException {
    if (skipping != null) {
      try (Statement s = skipping.createStatement()) {
        s.execute("SET LOCAL session_replication_role = origin");
      }
    }
  }
}
