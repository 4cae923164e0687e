package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mentorhub.platform.events.WebinarAttended;
import org.mentorhub.webinar.WebhookEvent;
import org.mentorhub.webinars.PresenceRecord.Participant;

/**
 * Keeps the presence log of each session and the attendance folded from it, and announces a
 * member's attendance once it crosses the configured share of the session.
 *
 * <p>Locks are per participant, so the webhooks of a busy session fold in parallel: an event locks
 * its participant's attendance row, and only a participant's first event (which creates that row)
 * and the room's end take the session's row lock. The room's end also locks every attendance row
 * before it reads the log, so no fold can miss the room's end and the room's end cannot miss a
 * fold's join or leave.
 */
@ApplicationScoped
public class AttendanceBook {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject WebinarConfig config;
  @Inject AfterCommit afterCommit;
  @Inject Event<WebinarAttended> attendedEvents;

  /**
   * Logs a join or leave and refolds that participant's attendance. This is the path every webhook
   * takes, so it runs as plain JDBC on the transaction's own connection: about five short
   * statements (lock the row, log, read the log, update), no entities to build or track.
   *
   * <p>The participant is a member when their row in this session already says so (their first
   * event checked), when they registered for the session, or otherwise when {@code isMember} knows
   * their id; anyone else is a guest keyed by their connection, so a guest's minutes never land on
   * a member.
   */
  void record(
      Connection c,
      SessionTimes session,
      WebhookEvent.Participant who,
      PresenceTimeline.Kind kind,
      Instant at,
      Predicate<String> isMember)
      throws SQLException {
    String id = who.id() == null || who.id().isBlank() ? null : who.id();
    String name = shorten(who.name());
    Participant participant = null;
    Held held = null;
    boolean sessionLocked = false;
    if (id != null) {
      held = lockRow(c, session.id(), id);
      if (held != null && held.memberId() != null) {
        participant = new Participant(id, id, name);
      } else if (held == null) {
        // A first event: it takes the session's lock (see roomEnded), and a member registered
        // for the session is one of ours without asking the members feature.
        sessionLocked = true;
        if (lockSessionSeeingRegistration(c, session.id(), id)) {
          participant = new Participant(id, id, name);
          held = lockRow(c, session.id(), id);
        }
      }
    }
    if (participant == null) {
      participant = id != null && isMember.test(id) ? new Participant(id, id, name) : guest(who);
      held = lockRow(c, session.id(), participant.key());
      if (held == null && !sessionLocked) {
        // A participant's first event creates the row under the session's lock, so it cannot
        // interleave with the room's end (see roomEnded).
        lockSession(c, session.id());
        held = lockRow(c, session.id(), participant.key());
      }
    }
    insertPresence(c, session.id(), participant, who.participantId(), kind, at);
    Instant now = clock.instant();
    Duration present =
        PresenceTimeline.presence(
            marks(c, session.id(), participant.key()), session.startsAt(), session.endsAt(), now);
    boolean attendedNow = attended(session, present);
    boolean crossed = attendedNow && (held == null || !held.attended());
    if (held == null) {
      insertRow(c, session.id(), participant, present, attendedNow, now);
    } else {
      updateRow(
          c, session.id(), participant, present, held.attended() || attendedNow, crossed, now);
    }
    if (crossed && participant.memberId() != null) {
      announce(session, participant.memberId(), now);
    }
  }

  /** Logs the room's end, which closes every open connection, and refolds everyone. */
  void roomEnded(SessionTimes session, Instant at) {
    // Every participant's row first, so folds in flight finish (their inserts take PostgreSQL's
    // key-share lock on the session row, which must not be held yet); then the session, which
    // stops new participants; then the rows again, for any created in between.
    lockAllAttendanceRows(session);
    lockSession(session);
    lockAllAttendanceRows(session);
    em.persist(PresenceRecord.roomEnded(session.id(), at));
    em.flush();
    Map<String, List<PresenceRecord>> byParticipant = new LinkedHashMap<>();
    List<PresenceRecord> roomMarks = log(session, byParticipant);
    for (List<PresenceRecord> records : byParticipant.values()) {
      PresenceRecord last = records.get(records.size() - 1);
      update(session, last.participant(), marks(records, roomMarks));
    }
  }

  /**
   * The attendance report: every registered member (with zero minutes if never seen) and every
   * participant seen in the room, members first by name, then guests.
   */
  List<AttendanceView> report(
      SessionTimes session,
      List<String> registeredMemberIds,
      Function<String, Optional<String>> memberNames) {
    Map<String, List<PresenceRecord>> byParticipant = new LinkedHashMap<>();
    List<PresenceRecord> roomMarks = log(session, byParticipant);
    Instant now = clock.instant();
    List<AttendanceView> lines = new ArrayList<>();
    for (List<PresenceRecord> records : byParticipant.values()) {
      Participant participant = records.get(records.size() - 1).participant();
      Duration present =
          PresenceTimeline.presence(
              marks(records, roomMarks), session.startsAt(), session.endsAt(), now);
      String name =
          participant.memberId() == null
              ? participant.name()
              : memberNames.apply(participant.memberId()).orElse(participant.name());
      lines.add(
          new AttendanceView(
              participant.memberId(),
              name,
              present.toMinutes(),
              participant.memberId() != null && attended(session, present),
              participant.memberId() == null));
    }
    for (String memberId : registeredMemberIds) {
      if (!byParticipant.containsKey(memberId)) {
        lines.add(
            new AttendanceView(
                memberId, memberNames.apply(memberId).orElse(memberId), 0, false, false));
      }
    }
    lines.sort(
        Comparator.comparing(AttendanceView::guest)
            .thenComparing(v -> v.name() == null ? "" : v.name(), String.CASE_INSENSITIVE_ORDER));
    return lines;
  }

  private void lockAllAttendanceRows(SessionTimes session) {
    em.createNativeQuery(
            "SELECT participant_key FROM webinar_attendance WHERE session_id = ?1 FOR UPDATE")
        .setParameter(1, session.id())
        .getResultList();
  }

  private void lockSession(SessionTimes session) {
    em.createNativeQuery("SELECT id FROM webinar_session WHERE id = ?1 FOR UPDATE")
        .setParameter(1, session.id())
        .getResultList();
  }

  private void update(
      SessionTimes session, Participant participant, List<PresenceTimeline.Mark> marks) {
    Instant now = clock.instant();
    Duration present = PresenceTimeline.presence(marks, session.startsAt(), session.endsAt(), now);
    Attendance row = em.find(Attendance.class, new Attendance.Key(session.id(), participant.key()));
    if (row == null) {
      row = new Attendance(session.id(), participant);
      em.persist(row);
    }
    boolean crossed = row.update(present, attended(session, present), participant.name(), now);
    if (crossed && participant.memberId() != null) {
      announce(session, participant.memberId(), now);
    }
  }

  /** Tells other features (training steps) once the transaction has committed. */
  private void announce(SessionTimes session, String memberId, Instant now) {
    WebinarAttended event = new WebinarAttended(memberId, session.id(), session.kind().name(), now);
    afterCommit.run(() -> attendedEvents.fire(event));
  }

  private boolean attended(SessionTimes session, Duration present) {
    return PresenceTimeline.attended(present, session.duration(), config.attendedShare());
  }

  /** Splits the session's log by participant; returns the room-wide marks. */
  private List<PresenceRecord> log(
      SessionTimes session, Map<String, List<PresenceRecord>> byParticipant) {
    List<PresenceRecord> roomMarks = new ArrayList<>();
    for (PresenceRecord record :
        em.createQuery(
                "SELECT p FROM PresenceRecord p WHERE p.sessionId = :s ORDER BY p.occurredAt",
                PresenceRecord.class)
            .setParameter("s", session.id())
            .getResultList()) {
      if (PresenceRecord.ROOM.equals(record.participantKey())) {
        roomMarks.add(record);
      } else {
        byParticipant.computeIfAbsent(record.participantKey(), k -> new ArrayList<>()).add(record);
      }
    }
    return roomMarks;
  }

  private static List<PresenceTimeline.Mark> marks(
      List<PresenceRecord> own, List<PresenceRecord> room) {
    List<PresenceTimeline.Mark> marks = new ArrayList<>();
    own.forEach(r -> marks.add(r.mark()));
    room.forEach(r -> marks.add(r.mark()));
    return marks;
  }

  /** A participant's attendance row, locked: who it is for and whether they attended already. */
  private record Held(String memberId, boolean attended) {}

  private static Held lockRow(Connection c, String sessionId, String participantKey)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT member_id, attended FROM webinar_attendance"
                + " WHERE session_id = ? AND participant_key = ? FOR UPDATE")) {
      select.setString(1, sessionId);
      select.setString(2, participantKey);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new Held(row.getString(1), row.getBoolean(2)) : null;
      }
    }
  }

  /** Locks the session's row; true when {@code memberId} holds a registration for it. */
  private static boolean lockSessionSeeingRegistration(
      Connection c, String sessionId, String memberId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT (SELECT COUNT(*) FROM webinar_registration r"
                + " WHERE r.session_id = s.id AND r.member_id = ?)"
                + " FROM webinar_session s WHERE s.id = ? FOR UPDATE")) {
      select.setString(1, memberId);
      select.setString(2, sessionId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() && row.getLong(1) > 0;
      }
    }
  }

  private static void lockSession(Connection c, String sessionId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT id FROM webinar_session WHERE id = ? FOR UPDATE")) {
      select.setString(1, sessionId);
      select.executeQuery().close();
    }
  }

  private static void insertPresence(
      Connection c,
      String sessionId,
      Participant participant,
      String connection,
      PresenceTimeline.Kind kind,
      Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO webinar_presence (id, session_id, participant_key, member_id,"
                + " display_name, connection_id, kind, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, sessionId);
      insert.setString(3, participant.key());
      insert.setString(4, participant.memberId());
      insert.setString(5, participant.name());
      insert.setString(6, connection);
      insert.setString(7, kind.name());
      insert.setObject(8, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
      insert.executeUpdate();
    }
  }

  /** The participant's own marks and the room's, the input of their fold. */
  private static List<PresenceTimeline.Mark> marks(
      Connection c, String sessionId, String participantKey) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT kind, occurred_at, connection_id FROM webinar_presence"
                + " WHERE session_id = ? AND participant_key IN (?, ?)")) {
      select.setString(1, sessionId);
      select.setString(2, participantKey);
      select.setString(3, PresenceRecord.ROOM);
      List<PresenceTimeline.Mark> marks = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          marks.add(
              new PresenceTimeline.Mark(
                  PresenceTimeline.Kind.valueOf(rows.getString(1)),
                  rows.getObject(2, OffsetDateTime.class).toInstant(),
                  rows.getString(3)));
        }
      }
      return marks;
    }
  }

  private static void insertRow(
      Connection c,
      String sessionId,
      Participant participant,
      Duration present,
      boolean attended,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO webinar_attendance (session_id, participant_key, member_id,"
                + " display_name, seconds_present, attended, attended_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, sessionId);
      insert.setString(2, participant.key());
      insert.setString(3, participant.memberId());
      insert.setString(4, participant.name());
      insert.setLong(5, present.toSeconds());
      insert.setBoolean(6, attended);
      insert.setObject(
          7, attended ? now.atOffset(ZoneOffset.UTC) : null, Types.TIMESTAMP_WITH_TIMEZONE);
      insert.executeUpdate();
    }
  }

  /** Takes the latest fold; "attended" never goes back, and its time is the first crossing. */
  private static void updateRow(
      Connection c,
      String sessionId,
      Participant participant,
      Duration present,
      boolean attended,
      boolean crossed,
      Instant now)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE webinar_attendance SET seconds_present = ?,"
                + " display_name = COALESCE(?, display_name), attended = ?,"
                + " attended_at = COALESCE(attended_at, ?)"
                + " WHERE session_id = ? AND participant_key = ?")) {
      update.setLong(1, present.toSeconds());
      update.setString(2, participant.name());
      update.setBoolean(3, attended);
      update.setObject(
          4, crossed ? now.atOffset(ZoneOffset.UTC) : null, Types.TIMESTAMP_WITH_TIMEZONE);
      update.setString(5, sessionId);
      update.setString(6, participant.key());
      update.executeUpdate();
    }
  }

  /**
   * Someone without a member id here, keyed by their connection (or, lacking one, their name), so
   * two guests stay two lines and never add minutes to a member.
   */
  private static Participant guest(WebhookEvent.Participant who) {
    String connection =
        firstNonBlank(who.participantId(), who.participantJid(), who.name(), "unknown");
    return new Participant(shorten("guest:" + connection), null, shorten(who.name()));
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** Keeps a provider's text within the 200-byte columns it is stored in. */
  static String shorten(String text) {
    if (text == null) {
      return null;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return utf8.length <= 200 ? text : text.substring(0, 150);
  }
}
