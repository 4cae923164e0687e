package org.mentorhub.demo;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.stream.Stream;
import org.mentorhub.demo.CommunityGenerator.GeneratedMentee;
import org.mentorhub.demo.CommunityGenerator.GeneratedMentor;
import org.mentorhub.directory.TagColumn;

/**
 * Writes generated people straight into the schema with JDBC batches: the demo loader fills 2,000
 * mentors in about a second this way, and the benchmarks load a million.
 *
 * <p>The caller owns the connection and its transaction; each batch is committed when the
 * connection is not in auto-commit mode, so memory stays flat however many rows are written.
 */
public final class CommunityWriter {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BATCH = 500;

  private CommunityWriter() {}

  /** Inserts the mentors with their member rows; returns how many were written. */
  public static int writeMentors(Connection c, Stream<GeneratedMentor> mentors, Instant now)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    int count = 0;
    try (PreparedStatement member = insertMember(c);
        PreparedStatement profile =
            c.prepareStatement(
                "INSERT INTO mentor_profile (id, name, headline, bio, country, timezone, stage,"
                    + " years_in_business, max_mentees, accepting, visibility, created_at,"
                    + " updated_at, version, industries, expertise, languages) VALUES (?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, 'VISIBLE', ?, ?, 1, ?, ?, ?)")) {
      Iterator<GeneratedMentor> it = mentors.iterator();
      while (it.hasNext()) {
        GeneratedMentor m = it.next();
        addMember(member, m.id(), m.name(), m.email(), "member,mentor", at);
        profile.setString(1, m.id());
        profile.setString(2, m.name());
        profile.setString(3, m.headline());
        profile.setString(4, m.bio());
        profile.setString(5, m.country());
        profile.setString(6, m.timezone());
        profile.setString(7, m.stage());
        profile.setInt(8, m.yearsInBusiness());
        profile.setInt(9, m.maxMentees());
        profile.setBoolean(10, m.accepting());
        profile.setTimestamp(11, at);
        profile.setTimestamp(12, at);
        profile.setString(13, TagColumn.write(m.industries()));
        profile.setString(14, TagColumn.write(m.expertise()));
        profile.setString(15, TagColumn.write(m.languages()));
        profile.addBatch();
        if (++count % BATCH == 0) {
          flush(c, member, profile);
        }
      }
      flush(c, member, profile);
    }
    return count;
  }

  /** Inserts the mentees with their member rows; returns how many were written. */
  public static int writeMentees(Connection c, Stream<GeneratedMentee> mentees, Instant now)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    int count = 0;
    try (PreparedStatement member = insertMember(c);
        PreparedStatement profile =
            c.prepareStatement(
                "INSERT INTO mentee_profile (id, goals, industry, country, timezone, stage,"
                    + " created_at, updated_at, version, languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " 1, ?)")) {
      Iterator<GeneratedMentee> it = mentees.iterator();
      while (it.hasNext()) {
        GeneratedMentee m = it.next();
        addMember(member, m.id(), m.name(), m.email(), "member", at);
        profile.setString(1, m.id());
        profile.setString(2, m.goals());
        profile.setString(3, m.industry());
        profile.setString(4, m.country());
        profile.setString(5, m.timezone());
        profile.setString(6, m.stage());
        profile.setTimestamp(7, at);
        profile.setTimestamp(8, at);
        profile.setString(9, TagColumn.write(m.languages()));
        profile.addBatch();
        if (++count % BATCH == 0) {
          flush(c, member, profile);
        }
      }
      flush(c, member, profile);
    }
    return count;
  }

  private static PreparedStatement insertMember(Connection c) throws SQLException {
    return c.prepareStatement(
        "INSERT INTO member (id, name, email, roles, calendar_feed_token, created_at, updated_at,"
            + " version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
  }

  private static void addMember(
      PreparedStatement member, String id, String name, String email, String roles, Timestamp at)
      throws SQLException {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    member.setString(1, id);
    member.setString(2, name);
    member.setString(3, email);
    member.setString(4, roles);
    member.setString(5, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    member.setTimestamp(6, at);
    member.setTimestamp(7, at);
    member.addBatch();
  }

  /** Executes the batches in foreign-key order: members, then their profiles. */
  private static void flush(Connection c, PreparedStatement... inOrder) throws SQLException {
    for (PreparedStatement statement : inOrder) {
      statement.executeBatch();
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }
}
