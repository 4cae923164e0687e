package org.mentorhub.hostsync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts buffered rows many at a time with one multi-row {@code INSERT ... VALUES (...), (...)}
 * statement: portable to H2 and PostgreSQL, and on PostgreSQL several times faster than a JDBC
 * batch of single-row inserts unless the driver is told to rewrite batches.
 */
final class RowInserter implements AutoCloseable {

  /** Below PostgreSQL's limit of 32,767 parameters per statement. */
  private static final int MAX_PARAMETERS = 30_000;

  private final Connection connection;
  private final String prefix;
  private final int[] types;
  private final int rowsPerStatement;
  private final List<Object[]> pending = new ArrayList<>();
  private PreparedStatement full;
  private long written;

  /**
   * @param types one {@link Types} constant per column ({@code TIMESTAMP} takes an {@link Instant})
   */
  RowInserter(Connection connection, String table, String columns, int... types) {
    this.connection = connection;
    this.prefix = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    this.types = types.clone();
    this.rowsPerStatement = Math.min(500, MAX_PARAMETERS / types.length);
  }

  void add(Object... values) throws SQLException {
    if (values.length != types.length) {
      throw new IllegalArgumentException("Expected " + types.length + " values");
    }
    pending.add(values);
  }

  /**
   * Writes what is buffered; returns how many rows this inserter wrote in all. Nothing is written
   * before, so the caller decides the order of tables (parents before the rows that refer to them).
   */
  long flush() throws SQLException {
    int from = 0;
    while (pending.size() - from >= rowsPerStatement) {
      if (full == null) {
        full = connection.prepareStatement(sql(rowsPerStatement));
      }
      execute(full, from, rowsPerStatement);
      from += rowsPerStatement;
    }
    if (from < pending.size()) {
      try (PreparedStatement rest = connection.prepareStatement(sql(pending.size() - from))) {
        execute(rest, from, pending.size() - from);
      }
    }
    pending.clear();
    return written;
  }

  private void execute(PreparedStatement statement, int from, int rows) throws SQLException {
    int p = 1;
    for (Object[] row : pending.subList(from, from + rows)) {
      for (int i = 0; i < row.length; i++) {
        bind(statement, p++, types[i], row[i]);
      }
    }
    statement.executeUpdate();
    written += rows;
  }

  private String sql(int rows) {
    String row = "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")";
    return prefix + String.join(", ", Collections.nCopies(rows, row));
  }

  static void bind(PreparedStatement statement, int index, int type, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, type);
    } else if (type == Types.TIMESTAMP) {
      statement.setTimestamp(index, Timestamp.from((Instant) value));
    } else {
      statement.setObject(index, value, type);
    }
  }

  @Override
  public void close() throws SQLException {
    if (full != null) {
      full.close();
    }
  }
}
