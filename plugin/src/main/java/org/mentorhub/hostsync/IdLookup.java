package org.mentorhub.hostsync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Selects the rows of a whole chunk's ids with one statement and one array parameter, in the form
 * each database runs fastest. PostgreSQL takes {@code = ANY(?)} straight to its index. H2 finds the
 * rows of {@code = ANY(?)} through the index too, but then compares each row with every element of
 * the array again, which for a chunk of 2,000 ids costs more than the look-up; joining the unnested
 * array to the table does not.
 */
final class IdLookup {

  private IdLookup() {}

  /**
   * {@code SELECT columns FROM table t} for the rows whose {@code t.idColumn} is one of {@code
   * ids}.
   *
   * @param columns the selected columns, each prefixed {@code t.}
   * @param condition a further condition on {@code t}, or null
   * @param tail what follows the conditions (GROUP BY, ORDER BY), or ""
   */
  static PreparedStatement prepare(
      Connection c,
      String columns,
      String table,
      String idColumn,
      String condition,
      String tail,
      Collection<String> ids)
      throws SQLException {
    String sql;
    if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
      sql =
          "SELECT "
              + columns
              + " FROM UNNEST(CAST(? AS VARCHAR(64) ARRAY)) AS ids(id) JOIN "
              + table
              + " t ON t."
              + idColumn
              + " = ids.id"
              + (condition == null ? "" : " WHERE " + condition);
    } else {
      sql =
          "SELECT "
              + columns
              + " FROM "
              + table
              + " t WHERE t."
              + idColumn
              + " = ANY(?)"
              + (condition == null ? "" : " AND " + condition);
    }
    PreparedStatement s = c.prepareStatement(tail.isEmpty() ? sql : sql + " " + tail);
    try {
      s.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
      return s;
    } catch (SQLException | RuntimeException e) {
      s.close();
      throw e;
    }
  }
}
