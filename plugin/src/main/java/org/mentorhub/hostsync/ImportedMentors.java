package org.mentorhub.hostsync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorhub.directory.DirectoryIndexer;
import org.mentorhub.directory.MentorProfileInput;
import org.mentorhub.directory.MentorRows;
import org.mentorhub.directory.index.MentorDocument;

/**
 * The mentors one import chunk wrote, as the search index must show them: built from the rows the
 * chunk just wrote instead of reading them back, plus the two facts that live in other tables
 * (seats taken by mentorships, and the foundations track), read in the chunk's own transaction.
 */
public final class ImportedMentors implements DirectoryIndexer.ImportedDocuments {

  /** What a chunk wrote of one mentor, and whether moderation left the profile visible. */
  private record Written(MentorProfileInput profile, boolean visible) {}

  private final Map<String, Written> written = new LinkedHashMap<>();

  void add(String id, MentorProfileInput profile, boolean visible) {
    written.put(id, new Written(profile, visible));
  }

  /** The ids of the mentors the chunk changed. */
  public Set<String> ids() {
    return written.keySet();
  }

  public boolean isEmpty() {
    return written.isEmpty();
  }

  @Override
  public List<MentorDocument> read(Connection c, boolean requireTrained) throws SQLException {
    if (written.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> seatsTaken = new HashMap<>();
    try (PreparedStatement s =
            IdLookup.prepare(
                c,
                "t.mentor_id, COUNT(*)",
                "mentorship",
                "mentor_id",
                "t.status IN ('ACTIVE', 'PAUSED')",
                "GROUP BY t.mentor_id",
                written.keySet());
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        seatsTaken.put(rs.getString(1), rs.getInt(2));
      }
    }
    Set<String> trained = new HashSet<>();
    if (requireTrained) {
      try (PreparedStatement s =
              IdLookup.prepare(
                  c,
                  "t.member_id",
                  "training_enrollment",
                  "member_id",
                  "t.track_slug = 'mentoring-foundations' AND t.completed_at IS NOT NULL",
                  "",
                  written.keySet());
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          trained.add(rs.getString(1));
        }
      }
    }
    List<MentorDocument> documents = new ArrayList<>(written.size());
    for (Map.Entry<String, Written> e : written.entrySet()) {
      String id = e.getKey();
      MentorProfileInput p = e.getValue().profile();
      int seatsLeft = Math.max(0, p.maxMentees() - seatsTaken.getOrDefault(id, 0));
      boolean listed =
          MentorRows.listed(
              e.getValue().visible(),
              !requireTrained || trained.contains(id),
              p.accepting(),
              seatsLeft);
      documents.add(
          new MentorDocument(
              id,
              p.name(),
              p.headline(),
              p.bio(),
              p.industries(),
              p.expertise(),
              p.languages(),
              p.country(),
              p.timezone(),
              p.stage(),
              p.yearsInBusiness(),
              p.maxMentees(),
              seatsLeft,
              p.accepting(),
              listed));
    }
    return documents;
  }
}
