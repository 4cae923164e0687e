package org.mentorhub.hostsync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mentorhub.directory.MenteeProfileInput;
import org.mentorhub.directory.MentorProfileInput;
import org.mentorhub.directory.TagColumn;
import org.mentorhub.directory.Visibility;
import org.mentorhub.members.Member;

/**
 * Upserts one chunk of valid import lines with set-based JDBC: the current rows of the chunk's ids
 * are read with one query per table, compared in memory, and only what differs is written (a
 * multi-row insert for new rows, a batch of updates for changed ones). An unchanged profile costs
 * no write at all, so re-importing a file changes nothing, not even a version.
 *
 * <p>The written rows are exactly what the profile endpoints would store: the lines were normalised
 * by {@code ProfileService.normalised}, new profiles are visible, and a changed profile gets {@code
 * version + 1} as a JPA update would. Moderation state is never touched.
 */
final class ProfileUpserts {

  private ProfileUpserts() {}

  /**
   * What a chunk changed: how many profiles (or members) were written, and which mentors, with what
   * the index needs of them.
   */
  record Changes(int changed, Set<String> mentorIds, ImportedMentors mentors) {

    static final Changes NONE = new Changes(0, Set.of(), new ImportedMentors());
  }

  static Changes mentors(Connection c, Collection<ImportLine> lines, Instant now)
      throws SQLException {
    Map<String, ImportLine> byId = lastPerId(lines);
    List<String> ids = new ArrayList<>(byId.keySet());
    Map<String, String[]> members = members(c, ids);
    // The visibility comes last: moderation's to change, never the import's, but the index needs
    // it.
    Map<String, Object[]> profiles =
        rows(
            c,
            "t.id, t.name, t.headline, t.bio, t.country, t.timezone, t.stage,"
                + " t.years_in_business, t.max_mentees, t.accepting, t.industries, t.expertise,"
                + " t.languages, t.visibility",
            "mentor_profile",
            ids,
            14);

    Set<String> changed = new LinkedHashSet<>();
    ImportedMentors imported = new ImportedMentors();
    try (RowInserter memberInsert = memberInserter(c);
        PreparedStatement memberUpdate = memberUpdate(c);
        RowInserter profileInsert =
            new RowInserter(
                c,
                "mentor_profile",
                "id, name, headline, bio, country, timezone, stage, years_in_business,"
                    + " max_mentees, accepting, industries, expertise, languages, visibility,"
                    + " created_at, updated_at, version",
                newRowTypes(MENTOR_TYPES, Types.VARCHAR));
        PreparedStatement profileUpdate =
            c.prepareStatement(
                "UPDATE mentor_profile SET name = ?, headline = ?, bio = ?, country = ?,"
                    + " timezone = ?, stage = ?, years_in_business = ?, max_mentees = ?,"
                    + " accepting = ?, industries = ?, expertise = ?, languages = ?,"
                    + " updated_at = ?, version = version + 1 WHERE id = ?")) {
      int memberUpdates = 0;
      int profileUpdates = 0;
      for (ImportLine line : byId.values()) {
        String id = line.identity().id();
        MentorProfileInput p = line.mentor();
        Object[] current = profiles.get(id);
        boolean visible = current == null || Visibility.VISIBLE.name().equals(current[13]);
        if (upsertMember(line, members.get(id), "member,mentor", now, memberInsert, memberUpdate)) {
          memberUpdates += members.containsKey(id) ? 1 : 0;
          changed.add(id);
          imported.add(id, p, visible);
        }
        Object[] wanted = {
          id,
          p.name(),
          p.headline(),
          p.bio(),
          p.country(),
          p.timezone(),
          p.stage(),
          p.yearsInBusiness(),
          p.maxMentees(),
          p.accepting(),
          TagColumn.write(p.industries()),
          TagColumn.write(p.expertise()),
          TagColumn.write(p.languages())
        };
        if (current == null) {
          profileInsert.add(newRow(wanted, Visibility.VISIBLE.name(), now, now, 1L));
        } else if (!Arrays.equals(Arrays.copyOf(current, wanted.length), wanted)) {
          bindUpdate(profileUpdate, wanted, MENTOR_TYPES, now);
          profileUpdates++;
        } else {
          continue;
        }
        changed.add(id);
        imported.add(id, p, visible);
      }
      memberInsert.flush();
      if (memberUpdates > 0) {
        memberUpdate.executeBatch();
      }
      profileInsert.flush();
      if (profileUpdates > 0) {
        profileUpdate.executeBatch();
      }
    }
    return new Changes(changed.size(), changed, imported);
  }

  static Changes mentees(Connection c, Collection<ImportLine> lines, Instant now)
      throws SQLException {
    Map<String, ImportLine> byId = lastPerId(lines);
    List<String> ids = new ArrayList<>(byId.keySet());
    Map<String, String[]> members = members(c, ids);
    Map<String, Object[]> profiles =
        rows(
            c,
            "t.id, t.goals, t.industry, t.country, t.timezone, t.stage, t.languages",
            "mentee_profile",
            ids,
            7);
    int changed = 0;
    try (RowInserter memberInsert = memberInserter(c);
        PreparedStatement memberUpdate = memberUpdate(c);
        RowInserter profileInsert =
            new RowInserter(
                c,
                "mentee_profile",
                "id, goals, industry, country, timezone, stage, languages, created_at, updated_at,"
                    + " version",
                newRowTypes(MENTEE_TYPES));
        PreparedStatement profileUpdate =
            c.prepareStatement(
                "UPDATE mentee_profile SET goals = ?, industry = ?, country = ?, timezone = ?,"
                    + " stage = ?, languages = ?, updated_at = ?, version = version + 1"
                    + " WHERE id = ?")) {
      int memberUpdates = 0;
      int profileUpdates = 0;
      for (ImportLine line : byId.values()) {
        String id = line.identity().id();
        MenteeProfileInput p = line.mentee();
        boolean memberChanged =
            upsertMember(line, members.get(id), "member", now, memberInsert, memberUpdate);
        if (memberChanged && members.containsKey(id)) {
          memberUpdates++;
        }
        Object[] current = profiles.get(id);
        Object[] wanted = {
          id,
          p.goals(),
          p.industry(),
          p.country(),
          p.timezone(),
          p.stage(),
          TagColumn.write(p.languages())
        };
        boolean profileChanged = true;
        if (current == null) {
          profileInsert.add(newRow(wanted, now, now, 1L));
        } else if (!Arrays.equals(current, wanted)) {
          bindUpdate(profileUpdate, wanted, MENTEE_TYPES, now);
          profileUpdates++;
        } else {
          profileChanged = false;
        }
        if (profileChanged || memberChanged) {
          changed++;
        }
      }
      memberInsert.flush();
      if (memberUpdates > 0) {
        memberUpdate.executeBatch();
      }
      profileInsert.flush();
      if (profileUpdates > 0) {
        profileUpdate.executeBatch();
      }
    }
    return new Changes(changed, Set.of(), new ImportedMentors());
  }

  /**
   * The column types of a mentor's {@code wanted} row: id, name, headline, bio, country, time zone,
   * stage, years in business, maximum mentees, accepting, then the industries, expertise and
   * languages as their columns hold them (TagColumn).
   */
  private static final int[] MENTOR_TYPES = {
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.INTEGER,
    Types.INTEGER,
    Types.BOOLEAN,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR
  };

  /**
   * The column types of a mentee's {@code wanted} row: id, goals, industry, country, zone, stage,
   * languages (TagColumn).
   */
  private static final int[] MENTEE_TYPES = {
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR
  };

  /**
   * The types of a new row: the wanted columns, {@code extra} columns only an insert sets, then
   * created_at, updated_at and version.
   */
  private static int[] newRowTypes(int[] wanted, int... extra) {
    int[] types = Arrays.copyOf(wanted, wanted.length + extra.length + 3);
    System.arraycopy(extra, 0, types, wanted.length, extra.length);
    types[types.length - 3] = Types.TIMESTAMP;
    types[types.length - 2] = Types.TIMESTAMP;
    types[types.length - 1] = Types.BIGINT;
    return types;
  }

  /** A new row: the wanted columns followed by what only an insert sets. */
  private static Object[] newRow(Object[] wanted, Object... rest) {
    Object[] row = Arrays.copyOf(wanted, wanted.length + rest.length);
    System.arraycopy(rest, 0, row, wanted.length, rest.length);
    return row;
  }

  /**
   * Binds and batches {@code UPDATE ... SET <the wanted columns after id>, updated_at = ? WHERE id
   * = ?}: the statements list their columns in the order of the wanted rows.
   */
  private static void bindUpdate(
      PreparedStatement update, Object[] wanted, int[] types, Instant now) throws SQLException {
    int p = 1;
    for (int i = 1; i < wanted.length; i++) {
      RowInserter.bind(update, p++, types[i], wanted[i]);
    }
    update.setTimestamp(p++, Timestamp.from(now));
    update.setString(p, (String) wanted[0]);
    update.addBatch();
  }

  /** Later lines for the same id win, as if each had been sent in turn. */
  private static Map<String, ImportLine> lastPerId(Collection<ImportLine> lines) {
    Map<String, ImportLine> byId = new LinkedHashMap<>();
    for (ImportLine line : lines) {
      byId.remove(line.identity().id());
      byId.put(line.identity().id(), line);
    }
    return byId;
  }

  /** Queues the member's insert or update; returns whether the member row changes. */
  private static boolean upsertMember(
      ImportLine line,
      String[] current,
      String roles,
      Instant now,
      RowInserter insert,
      PreparedStatement update)
      throws SQLException {
    String id = line.identity().id();
    String name = line.identity().name();
    String email = line.identity().email();
    if (current == null) {
      insert.add(id, name, email, roles, Member.newFeedToken(), now, now, 1L);
      return true;
    }
    if (Objects.equals(current[0], name) && Objects.equals(current[1], email)) {
      return false;
    }
    update.setString(1, name);
    RowInserter.bind(update, 2, Types.VARCHAR, email);
    update.setTimestamp(3, Timestamp.from(now));
    update.setString(4, id);
    update.addBatch();
    return true;
  }

  private static RowInserter memberInserter(Connection c) {
    return new RowInserter(
        c,
        "member",
        "id, name, email, roles, calendar_feed_token, created_at, updated_at, version",
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.TIMESTAMP,
        Types.TIMESTAMP,
        Types.BIGINT);
  }

  private static PreparedStatement memberUpdate(Connection c) throws SQLException {
    return c.prepareStatement(
        "UPDATE member SET name = ?, email = ?, updated_at = ?, version = version + 1"
            + " WHERE id = ?");
  }

  private static Map<String, String[]> members(Connection c, List<String> ids) throws SQLException {
    Map<String, String[]> found = new HashMap<>();
    for (Map.Entry<String, Object[]> e :
        rows(c, "t.id, t.name, t.email", "member", ids, 3).entrySet()) {
      found.put(e.getKey(), new String[] {(String) e.getValue()[1], (String) e.getValue()[2]});
    }
    return found;
  }

  /**
   * Rows by id, each as its selected columns in order (strings trimmed, as CHAR columns pad them;
   * integers and booleans boxed, SQL NULL as null); the id is selected first.
   */
  private static Map<String, Object[]> rows(
      Connection c, String columns, String table, List<String> ids, int count) throws SQLException {
    Map<String, Object[]> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    try (PreparedStatement s = IdLookup.prepare(c, columns, table, "id", null, "", ids);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Object[] row = new Object[count];
        for (int i = 0; i < count; i++) {
          Object value = rs.getObject(i + 1);
          if (value instanceof String text) {
            value = text.trim();
          } else if (value instanceof Number n) {
            value = n.intValue();
          }
          row[i] = value;
        }
        found.put((String) row[0], row);
      }
    }
    return found;
  }
}
