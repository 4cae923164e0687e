package org.mentorhub.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.mentorhub.directory.index.MentorDocument;

/**
 * Reads mentors from the database as the index needs them: a few by id after a change, or all of
 * them as one stream for a rebuild. Plain JDBC, because a rebuild of a million profiles must stream
 * rows rather than load entities.
 *
 * <p>Whether a mentor is listed is decided here, from the truth: visible, trained when the
 * foundations track is required, and not both closed to requests and at capacity (seats are taken
 * by active and paused mentorships).
 *
 * <p>Public only so that the benchmarks in {@code bench/} can rebuild an index exactly as the
 * product does.
 */
public final class MentorRows {

  private static final String PROFILE_COLUMNS =
      "p.id, p.name, p.headline, p.bio, p.country, p.timezone, p.stage, p.years_in_business,"
          + " p.max_mentees, p.accepting, p.visibility, p.industries, p.expertise, p.languages,"
          // Whether the mentor completed the foundations track, which gates the directory.
          + " (SELECT COUNT(*) FROM training_enrollment e WHERE e.member_id = p.id"
          + " AND e.track_slug = 'mentoring-foundations' AND e.completed_at IS NOT NULL)";
  private static final int FETCH = 2_000;

  private MentorRows() {}

  /** The current documents of these mentors; ids without a profile are absent from the map. */
  public static Map<String, MentorDocument> load(
      Connection c, Collection<String> ids, boolean requireTrained) throws SQLException {
    Map<String, MentorDocument> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    Map<String, Integer> accepted = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT mentor_id, COUNT(*) FROM mentorship WHERE status IN ('ACTIVE', 'PAUSED')"
                + " AND mentor_id IN ("
                + in
                + ") GROUP BY mentor_id")) {
      bind(s, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          accepted.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + PROFILE_COLUMNS + " FROM mentor_profile p WHERE p.id IN (" + in + ")")) {
      bind(s, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          found.put(id, document(rs, accepted.getOrDefault(id, 0), requireTrained));
        }
      }
    }
    return found;
  }

  /**
   * Every mentor, streamed: the profile query and the count of taken seats are ordered by mentor id
   * and merged as they are read, so memory stays flat however many profiles there are. The caller
   * keeps the connection open (and out of auto-commit, for PostgreSQL to stream) until done.
   */
  public static Iterator<MentorDocument> streamAll(Connection c, boolean requireTrained)
      throws SQLException {
    Cursor profiles =
        new Cursor(c, "SELECT " + PROFILE_COLUMNS + " FROM mentor_profile p ORDER BY p.id");
    Cursor accepted =
        new Cursor(
            c,
            "SELECT mentor_id, COUNT(*) FROM mentorship WHERE status IN ('ACTIVE', 'PAUSED')"
                + " GROUP BY mentor_id ORDER BY mentor_id");
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return profiles.hasRow();
      }

      @Override
      public MentorDocument next() {
        if (!profiles.hasRow()) {
          throw new NoSuchElementException();
        }
        try {
          String id = profiles.rs.getString(1);
          // An active or paused mentorship's mentor has a profile (erasure ends their mentorships
          // in the transaction that deletes it) and both queries share one ordering, so the count
          // of this mentor, if any, is at the head of the second cursor.
          MentorDocument doc = document(profiles.rs, accepted.takeCount(id), requireTrained);
          profiles.advance();
          if (!profiles.hasRow()) {
            for (Cursor cursor : List.of(profiles, accepted)) {
              cursor.close();
            }
          }
          return doc;
        } catch (SQLException e) {
          throw new IllegalStateException("Reading mentors for the index failed", e);
        }
      }
    };
  }

  private static MentorDocument document(ResultSet rs, int accepted, boolean requireTrained)
      throws SQLException {
    int maxMentees = rs.getInt(9);
    boolean accepting = rs.getBoolean(10);
    int seatsLeft = Math.max(0, maxMentees - accepted);
    boolean visible = Visibility.VISIBLE.name().equals(rs.getString(11));
    boolean trained = !requireTrained || rs.getInt(15) > 0;
    // wasNull() speaks of the column read last, so it is asked right after this one.
    int years = rs.getInt(8);
    Integer yearsInBusiness = rs.wasNull() ? null : years;
    return new MentorDocument(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        TagColumn.read(rs.getString(12)),
        TagColumn.read(rs.getString(13)),
        TagColumn.read(rs.getString(14)),
        rs.getString(5).trim(),
        rs.getString(6),
        rs.getString(7),
        yearsInBusiness,
        maxMentees,
        seatsLeft,
        accepting,
        listed(visible, trained, accepting, seatsLeft));
  }

  /**
   * The listing rule, for every path that builds a mentor's document (the outbox tail and rebuilds
   * here, bulk imports from the rows they wrote): visible, trained when that is required, and not
   * both closed to requests and at capacity.
   */
  public static boolean listed(boolean visible, boolean trained, boolean accepting, int seatsLeft) {
    return visible && trained && (accepting || seatsLeft > 0);
  }

  private static void bind(PreparedStatement s, Collection<String> ids) throws SQLException {
    int i = 1;
    for (String id : ids) {
      s.setString(i++, id);
    }
  }

  /** A forward-only result set read one row ahead, grouped by its first column. */
  private static final class Cursor {
    private final PreparedStatement statement;
    private final ResultSet rs;
    private boolean hasRow;

    Cursor(Connection c, String sql) throws SQLException {
      statement = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(FETCH);
      rs = statement.executeQuery();
      hasRow = rs.next();
    }

    boolean hasRow() {
      return hasRow;
    }

    void advance() throws SQLException {
      hasRow = rs.next();
    }

    int takeCount(String id) throws SQLException {
      int count = 0;
      while (hasRow && id.equals(rs.getString(1))) {
        count += rs.getInt(2);
        advance();
      }
      return count;
    }

    void close() throws SQLException {
      rs.close();
      statement.close();
    }
  }
}
