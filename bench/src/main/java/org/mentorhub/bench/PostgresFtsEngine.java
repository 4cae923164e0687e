package org.mentorhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.mentorhub.directory.index.MentorFields;

/**
 * Engine (c): PostgreSQL full-text search over the same rows, the way a team without a search
 * library would build the directory: a stored {@code tsvector} with a GIN index (added by {@link
 * BenchDatabase#addFullTextSearch()}), {@code plainto_tsquery} and {@code ts_rank} for the page,
 * filters as EXISTS on the tag tables, and facet counts by GROUP BY over the matching set.
 */
final class PostgresFtsEngine implements SearchEngine {

  private final Connection connection;

  PostgresFtsEngine(Connection connection) {
    this.connection = connection;
  }

  @Override
  public String name() {
    return "(c) PostgreSQL FTS";
  }

  @Override
  public long search(BenchQuery query) throws SQLException {
    List<String> args = new ArrayList<>();
    String where = where(query, args);
    boolean text = !query.text().isBlank();
    String page =
        text
            ? "SELECT p.id, p.name, p.headline, p.bio, p.country, p.accepting,"
                + " ts_rank(p.search, plainto_tsquery('english', ?)) AS rank"
                + " FROM mentor_profile p WHERE "
                + where
                + " ORDER BY rank DESC LIMIT "
                + SearchBenchmark.PAGE
            : "SELECT p.id, p.name, p.headline, p.bio, p.country, p.accepting"
                + " FROM mentor_profile p WHERE "
                + where
                + " ORDER BY p.name LIMIT "
                + SearchBenchmark.PAGE;
    List<String> pageArgs = new ArrayList<>();
    if (text) {
      pageArgs.add(query.text());
    }
    pageArgs.addAll(args);
    try (PreparedStatement s = prepare(page, pageArgs);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rs.getString(4);
      }
    }
    // One scan of the matching set feeds all four counts; MATERIALIZED keeps PostgreSQL from
    // re-running the search once per dimension.
    String facets =
        "WITH m AS MATERIALIZED (SELECT p.id, p.country FROM mentor_profile p WHERE "
            + where
            + ")"
            + " SELECT 'industry', f.tag, COUNT(*) FROM m JOIN mentor_industry f ON f.mentor_id ="
            + " m.id GROUP BY f.tag"
            + " UNION ALL SELECT 'expertise', f.tag, COUNT(*) FROM m JOIN mentor_expertise f ON"
            + " f.mentor_id = m.id GROUP BY f.tag"
            + " UNION ALL SELECT 'language', f.code, COUNT(*) FROM m JOIN mentor_language f ON"
            + " f.mentor_id = m.id GROUP BY f.code"
            + " UNION ALL SELECT 'country', m.country, COUNT(*) FROM m GROUP BY m.country";
    long total = 0;
    try (PreparedStatement s = prepare(facets, args);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        if (rs.getString(1).equals(MentorFields.DIM_COUNTRY)) {
          total += rs.getLong(3);
        }
      }
    }
    return total;
  }

  private static String where(BenchQuery query, List<String> args) {
    StringBuilder where = new StringBuilder("p.visibility = 'VISIBLE'");
    if (!query.text().isBlank()) {
      where.append(" AND p.search @@ plainto_tsquery('english', ?)");
      args.add(query.text());
    }
    tagFilter(where, args, "mentor_industry", "tag", query.filter(MentorFields.DIM_INDUSTRY));
    tagFilter(where, args, "mentor_expertise", "tag", query.filter(MentorFields.DIM_EXPERTISE));
    tagFilter(where, args, "mentor_language", "code", query.filter(MentorFields.DIM_LANGUAGE));
    String country = query.filter(MentorFields.DIM_COUNTRY);
    if (country != null) {
      where.append(" AND p.country = ?");
      args.add(country);
    }
    return where.toString();
  }

  private static void tagFilter(
      StringBuilder where, List<String> args, String table, String column, String value) {
    if (value != null) {
      where
          .append(" AND EXISTS (SELECT 1 FROM ")
          .append(table)
          .append(" f WHERE f.mentor_id = p.id AND f.")
          .append(column)
          .append(" = ?)");
      args.add(value);
    }
  }

  private PreparedStatement prepare(String sql, List<String> args) throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      s.setString(i + 1, args.get(i));
    }
    return s;
  }
}
