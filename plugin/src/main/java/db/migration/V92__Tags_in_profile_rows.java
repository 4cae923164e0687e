package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.mentorhub.directory.TagColumn;

/**
 * Moves each profile's tags from their tables (one row per tag) into columns of the profile's row,
 * as JSON arrays in the order the member gave (see {@link TagColumn}), then drops the tag tables.
 *
 * <p>In Java, not SQL, because building a JSON array from rows has no spelling that both H2 and
 * PostgreSQL accept; the DDL around the copy is portable. Flyway finds Java migrations in the
 * package of its location ({@code db/migration}), which is why this class lives outside the feature
 * packages.
 */
public class V92__Tags_in_profile_rows extends BaseJavaMigration {

  private static final int BATCH = 1_000;

  /** Profile table, tag table, owner column, value column, new column. */
  private static final String[][] MOVES = {
    {"mentor_profile", "mentor_industry", "mentor_id", "tag", "industries"},
    {"mentor_profile", "mentor_expertise", "mentor_id", "tag", "expertise"},
    {"mentor_profile", "mentor_language", "mentor_id", "code", "languages"},
    {"mentee_profile", "mentee_language", "mentee_id", "code", "languages"}
  };

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement ddl = c.createStatement()) {
      for (String[] move : MOVES) {
        // 10 tags of at most 60 characters fit with room for JSON's quotes and escapes.
        ddl.execute(
            "ALTER TABLE "
                + move[0]
                + " ADD COLUMN "
                + move[4]
                + " VARCHAR(2000) DEFAULT '"
                + TagColumn.EMPTY
                + "' NOT NULL");
      }
      for (String[] move : MOVES) {
        copy(c, move[0], move[1], move[2], move[3], move[4]);
      }
      for (String[] move : MOVES) {
        ddl.execute("DROP TABLE " + move[1]);
      }
    }
  }

  /** Streams the tag rows in owner order and writes each owner's list once. */
  private static void copy(
      Connection c, String profile, String table, String owner, String value, String column)
      throws SQLException {
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT "
                    + owner
                    + ", "
                    + value
                    + " FROM "
                    + table
                    + " ORDER BY "
                    + owner
                    + ", ord");
        PreparedStatement write =
            c.prepareStatement("UPDATE " + profile + " SET " + column + " = ? WHERE id = ?")) {
      read.setFetchSize(BATCH);
      String current = null;
      List<String> tags = new ArrayList<>();
      int pending = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (!id.equals(current)) {
            if (current != null) {
              add(write, current, tags);
              if (++pending == BATCH) {
                write.executeBatch();
                pending = 0;
              }
            }
            current = id;
            tags = new ArrayList<>();
          }
          // Language codes were CHAR(2), which pads.
          tags.add(rs.getString(2).trim());
        }
      }
      if (current != null) {
        add(write, current, tags);
        pending++;
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }

  private static void add(PreparedStatement write, String id, List<String> tags)
      throws SQLException {
    write.setString(1, TagColumn.write(tags));
    write.setString(2, id);
    write.addBatch();
  }
}
