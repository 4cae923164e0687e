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
                + " t.years_in_business, t.max_mentees, t.accepting, t.visibility",
            "mentor_profile",
            ids,
            11);
    // A profile's tags exist only with the profile (foreign key), so new mentors need no look-up.
    List<String> existing = new ArrayList<>(profiles.keySet());
    Map<String, List<String>> industries = tags(c, "mentor_industry", "mentor_id", "tag", existing);
    Map<String, List<String>> expertise = tags(c, "mentor_expertise", "mentor_id", "tag", existing);
    Map<String, List<String>> languages = tags(c, "mentor_language", "mentor_id", "code", existing);

    Set<String> changed = new LinkedHashSet<>();
    ImportedMentors imported = new ImportedMentors();
    List<String> replacedTags = new ArrayList<>();
    try (RowInserter memberInsert = memberInserter(c);
        PreparedStatement memberUpdate = memberUpdate(c);
        RowInserter profileInsert =
            new RowInserter(
                c,
                "mentor_profile",
                "id, name, headline, bio, country, timezone, stage, years_in_business,"
                    + " max_mentees, accepting, visibility, created_at, updated_at, version",
                newRowTypes(MENTOR_TYPES, Types.VARCHAR));
        PreparedStatement profileUpdate =
            c.prepareStatement(
                "UPDATE mentor_profile SET name = ?, headline = ?, bio = ?, country = ?,"
                    + " timezone = ?, stage = ?, years_in_business = ?, max_mentees = ?,"
                    + " accepting = ?, updated_at = ?, version = version + 1 WHERE id = ?");
        RowInserter industryInsert = tagInserter(c, "mentor_industry", "mentor_id", "tag");
        RowInserter expertiseInsert = tagInserter(c, "mentor_expertise", "mentor_id", "tag");
        RowInserter languageInsert = tagInserter(c, "mentor_language", "mentor_id", "code")) {
      int memberUpdates = 0;
      int profileUpdates = 0;
      for (ImportLine line : byId.values()) {
        String id = line.identity().id();
        MentorProfileInput p = line.mentor();
        Object[] current = profiles.get(id);
        boolean visible = current == null || Visibility.VISIBLE.name().equals(current[10]);
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
          p.accepting()
        };
        boolean tagsEqual =
            current != null
                && industries.getOrDefault(id, List.of()).equals(p.industries())
                && expertise.getOrDefault(id, List.of()).equals(p.expertise())
                && languages.getOrDefault(id, List.of()).equals(p.languages());
        if (current == null) {
          profileInsert.add(newRow(wanted, Visibility.VISIBLE.name(), now, now, 1L));
        } else if (!Arrays.equals(Arrays.copyOf(current, wanted.length), wanted) || !tagsEqual) {
          bindUpdate(profileUpdate, wanted, MENTOR_TYPES, now);
          profileUpdates++;
          replacedTags.add(id);
        } else {
          continue;
        }
        changed.add(id);
        imported.add(id, p, visible);
        addTags(industryInsert, id, p.industries());
        addTags(expertiseInsert, id, p.expertise());
        addTags(languageInsert, id, p.languages());
      }
      memberInsert.flush();
      if (memberUpdates > 0) {
        memberUpdate.executeBatch();
      }
      profileInsert.flush();
      if (profileUpdates > 0) {
        profileUpdate.executeBatch();
      }
      for (String table : List.of("mentor_industry", "mentor_expertise", "mentor_language")) {
        deleteWhereIn(c, table, "mentor_id", replacedTags);
      }
      // Only tags of profiles written above, in this transaction: see ChildRowChecks.
      try (ChildRowChecks checks = ChildRowChecks.skippedOn(c)) {
        industryInsert.flush();
        expertiseInsert.flush();
        languageInsert.flush();
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
            "t.id, t.goals, t.industry, t.country, t.timezone, t.stage",
            "mentee_profile",
            ids,
            6);
    Map<String, List<String>> languages =
        tags(c, "mentee_language", "mentee_id", "code", new ArrayList<>(profiles.keySet()));
    int changed = 0;
    List<String> replacedTags = new ArrayList<>();
    try (RowInserter memberInsert = memberInserter(c);
        PreparedStatement memberUpdate = memberUpdate(c);
        RowInserter profileInsert =
            new RowInserter(
                c,
                "mentee_profile",
                "id, goals, industry, country, timezone, stage, created_at, updated_at, version",
                newRowTypes(MENTEE_TYPES));
        PreparedStatement profileUpdate =
            c.prepareStatement(
                "UPDATE mentee_profile SET goals = ?, industry = ?, country = ?, timezone = ?,"
                    + " stage = ?, updated_at = ?, version = version + 1 WHERE id = ?");
        RowInserter languageInsert = tagInserter(c, "mentee_language", "mentee_id", "code")) {
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
        Object[] wanted = {id, p.goals(), p.industry(), p.country(), p.timezone(), p.stage()};
        boolean profileChanged = true;
        if (current == null) {
          profileInsert.add(newRow(wanted, now, now, 1L));
        } else if (!Arrays.equals(current, wanted)
            || !languages.getOrDefault(id, List.of()).equals(p.languages())) {
          bindUpdate(profileUpdate, wanted, MENTEE_TYPES, now);
          profileUpdates++;
          replacedTags.add(id);
        } else {
          profileChanged = false;
        }
        if (profileChanged) {
          addTags(languageInsert, id, p.languages());
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
      deleteWhereIn(c, "mentee_language", "mentee_id", replacedTags);
      try (ChildRowChecks checks = ChildRowChecks.skippedOn(c)) {
        languageInsert.flush();
      }
    }
    return new Changes(changed, Set.of(), new ImportedMentors());
  }

  /**
   * The column types of a mentor's {@code wanted} row: id, name, headline, bio, country, time zone,
   * stage, years in business, maximum mentees, accepting.
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
    Types.BOOLEAN
  };

  /**
   * The column types of a mentee's {@code wanted} row: id, goals, industry, country, zone, stage.
   */
  private static final int[] MENTEE_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
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

  private static RowInserter tagInserter(Connection c, String table, String owner, String column) {
    return new RowInserter(
        c, table, owner + ", ord, " + column, Types.VARCHAR, Types.INTEGER, Types.VARCHAR);
  }

  private static void addTags(RowInserter insert, String id, List<String> tags)
      throws SQLException {
    for (int i = 0; i < tags.size(); i++) {
      insert.add(id, i, tags.get(i));
    }
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

  private static Map<String, List<String>> tags(
      Connection c, String table, String owner, String column, List<String> ids)
      throws SQLException {
    Map<String, List<String>> tags = new HashMap<>();
    if (ids.isEmpty()) {
      return tags;
    }
    try (PreparedStatement s =
            IdLookup.prepare(
                c,
                "t." + owner + ", t." + column,
                table,
                owner,
                null,
                "ORDER BY t." + owner + ", t.ord",
                ids);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2).trim());
      }
    }
    return tags;
  }

  private static void deleteWhereIn(Connection c, String table, String column, List<String> ids)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ANY(?)")) {
      s.setArray(1, idArray(c, ids));
      s.executeUpdate();
    }
  }

  /**
   * The ids as one array parameter: one short statement per chunk whatever its size, where an
   * {@code IN (?, ?, ...)} list costs PostgreSQL a plan per list length and H2 a comparison with
   * every list element for each row the index finds.
   */
  private static java.sql.Array idArray(Connection c, Collection<String> ids) throws SQLException {
    return c.createArrayOf("VARCHAR", ids.toArray());
  }
}
