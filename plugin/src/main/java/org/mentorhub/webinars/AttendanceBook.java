package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * its participant's attendance row, a participant's first event (which creates that row) also takes
 * their lane, one of {@link #LANES} rows, and the room's end takes every lane and then every row,
 * so no fold can miss the room's end and the room's end cannot miss a fold's join or leave.
 * Participants never queue behind each other's first event, as they did when that event took the
 * session's row lock.
 */
@ApplicationScoped
public class AttendanceBook {

  /**
   * Rows of {@code webinar_fold_lane} (V91): enough that a few dozen first events in flight rarely
   * share one, few enough that the room's end locks them all in a moment.
   */
  static final int LANES = 256;

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject WebinarConfig config;
  @Inject AfterCommit afterCommit;
  @Inject Event<WebinarAttended> attendedEvents;

  /**
   * Logs a join or leave and refolds that participant's attendance. This is the path every webhook
   * takes, so it runs as plain JDBC on the transaction's own connection: four short statements
   * (lock the participant's row, log, read the log, write the row; a first event also asks who it
   * is and takes its lane), no entities to build or track.
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
    Participant participant = null;
    Held held = null;
    if (id != null) {
      // Only members have rows under their own id, so an existing row answers who this is.
      held = lockRow(c, session.id(), id);
      if (held != null || registered(c, session.id(), id) || isMember.test(id)) {
        participant = new Participant(id, id, shorten(who.name()));
      }
    }
    if (participant == null) {
      participant = guest(who);
      held = lockRow(c, session.id(), participant.key());
    }
    if (held == null) {
      // A first event: its row is created under the participant's lane (see lockLane).
      lockLane(c, session.id(), participant.key());
      held = lockRow(c, session.id(), participant.key());
    }
    insertPresence(c, session.id(), participant, who.participantId(), kind, at);
    Instant now = clock.instant();
    Duration present =
        PresenceTimeline.presence(
            marks(c, session.id(), participant.key()), session.startsAt(), session.endsAt(), now);
    fold(c, session, participant, held, present, now);
  }

  /**
   * Logs the room's end, which closes every open connection, and refolds everyone. Every lane
   * first, so no participant's row can appear after the next step; then every row of the session,
   * so the folds in flight finish first and the ones after it read its mark. (Rows before lanes
   * could deadlock with a participant's second first event, which holds the lane and wants the row
   * the first one created.)
   */
  void roomEnded(Connection c, SessionTimes session, Instant at) throws SQLException {
    lockAllLanes(c);
    lockAllRows(c, session.id());
    insertPresence(
        c,
        session.id(),
        new Participant(PresenceRecord.ROOM, null, null),
        null,
        PresenceTimeline.Kind.ROOM_ENDED,
        at);
    Map<String, Boolean> attendedBefore = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT participant_key, attended FROM webinar_attendance WHERE session_id = ?")) {
      select.setString(1, session.id());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          attendedBefore.put(rows.getString(1), rows.getBoolean(2));
        }
      }
    }
    SessionLog log = log(c, session.id());
    Instant now = clock.instant();
    for (Participant participant : log.participants().values()) {
      Duration present =
          PresenceTimeline.presence(
              log.marksOf(participant.key()), session.startsAt(), session.endsAt(), now);
      Boolean attended = attendedBefore.get(participant.key());
      fold(c, session, participant, attended == null ? null : new Held(attended), present, now);
    }
  }

  /** Writes a participant's latest fold and announces a first crossing of the attended share. */
  private void fold(
      Connection c,
      SessionTimes session,
      Participant participant,
      Held held,
      Duration present,
      Instant now)
      throws SQLException {
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

  /**
   * The attendance report: every registered member (with zero minutes if never seen) and every
   * participant seen in the room, members first by name, then guests.
   */
  List<AttendanceView> report(
      SessionTimes session,
      List<String> registeredMemberIds,
      Function<String, Optional<String>> memberNames) {
    SessionLog log;
    try {
      log = log(em.unwrap(Connection.class), session.id());
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
    Instant now = clock.instant();
    List<AttendanceView> lines = new ArrayList<>();
    for (Participant participant : log.participants().values()) {
      Duration present =
          PresenceTimeline.presence(
              log.marksOf(participant.key()), session.startsAt(), session.endsAt(), now);
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
      if (!log.participants().containsKey(memberId)) {
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

  /** Tells other features (training steps) once the transaction has committed. */
  private void announce(SessionTimes session, String memberId, Instant now) {
    WebinarAttended event = new WebinarAttended(memberId, session.id(), session.kind().name(), now);
    afterCommit.run(() -> attendedEvents.fire(event));
  }

  private boolean attended(SessionTimes session, Duration present) {
    return PresenceTimeline.attended(present, session.duration(), config.attendedShare());
  }

  /**
   * A session's presence log split by participant: who each is (as their latest row names them, in
   * the order they first appear), their own marks, and the marks of the whole room.
   */
  private record SessionLog(
      Map<String, Participant> participants,
      Map<String, List<PresenceTimeline.Mark>> own,
      List<PresenceTimeline.Mark> room) {

    /** A participant's marks and the room's: the input of their fold. */
    List<PresenceTimeline.Mark> marksOf(String participantKey) {
      List<PresenceTimeline.Mark> marks = new ArrayList<>(own.get(participantKey));
      marks.addAll(room);
      return marks;
    }
  }

  private static SessionLog log(Connection c, String sessionId) throws SQLException {
    Map<String, Participant> participants = new LinkedHashMap<>();
    Map<String, List<PresenceTimeline.Mark>> own = new HashMap<>();
    List<PresenceTimeline.Mark> room = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT participant_key, member_id, display_name, kind, occurred_at, connection_id"
                + " FROM webinar_presence WHERE session_id = ? ORDER BY occurred_at")) {
      select.setString(1, sessionId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String key = rows.getString(1);
          PresenceTimeline.Mark mark =
              new PresenceTimeline.Mark(
                  PresenceTimeline.Kind.valueOf(rows.getString(4)),
                  rows.getObject(5, OffsetDateTime.class).toInstant(),
                  rows.getString(6));
          if (PresenceRecord.ROOM.equals(key)) {
            room.add(mark);
          } else {
            participants.put(key, new Participant(key, rows.getString(2), rows.getString(3)));
            own.computeIfAbsent(key, k -> new ArrayList<>()).add(mark);
          }
        }
      }
    }
    return new SessionLog(participants, own, room);
  }

  /** Whether a participant's attendance row exists (not null) and says they attended. */
  private record Held(boolean attended) {}

  /** A participant's attendance row, locked for the fold; null before their first event. */
  private static Held lockRow(Connection c, String sessionId, String participantKey)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT attended FROM webinar_attendance"
                + " WHERE session_id = ? AND participant_key = ? FOR UPDATE")) {
      select.setString(1, sessionId);
      select.setString(2, participantKey);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new Held(row.getBoolean(1)) : null;
      }
    }
  }

  private static void lockAllRows(Connection c, String sessionId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT participant_key FROM webinar_attendance WHERE session_id = ? FOR UPDATE")) {
      select.setString(1, sessionId);
      select.executeQuery().close();
    }
  }

  /**
   * Where a participant's first event waits, so it cannot create their row beside the room's end
   * (which takes every lane) nor beside a second first event of theirs. Per participant, not per
   * session: one lock on the session made a room full of people joining in the same minute queue
   * behind each other's first event. A participant's events always take the same one of {@link
   * #LANES} rows, chosen by {@link String#hashCode}, which the Java language fixes, so every node
   * picks the same lane.
   */
  private static void lockLane(Connection c, String sessionId, String participantKey)
      throws SQLException {
    try (PreparedStatement lock =
        c.prepareStatement("SELECT lane FROM webinar_fold_lane WHERE lane = ? FOR UPDATE")) {
      lock.setInt(1, lane(sessionId, participantKey));
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("webinar_fold_lane lacks a lane");
        }
      }
    }
  }

  static int lane(String sessionId, String participantKey) {
    return Math.floorMod((sessionId + '\n' + participantKey).hashCode(), LANES);
  }

  /** Every lane, in one order, so two rooms ending at once queue rather than deadlock. */
  private static void lockAllLanes(Connection c) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT lane FROM webinar_fold_lane ORDER BY lane FOR UPDATE")) {
      try (ResultSet rows = select.executeQuery()) {
        int lanes = 0;
        while (rows.next()) {
          lanes++;
        }
        if (lanes != LANES) {
          throw new IllegalStateException("webinar_fold_lane has " + lanes + " rows, not " + LANES);
        }
      }
    }
  }

  /** Whether {@code memberId} holds a registration for the session (then they are a member). */
  private static boolean registered(Connection c, String sessionId, String memberId)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT COUNT(*) FROM webinar_registration WHERE session_id = ? AND member_id = ?")) {
      select.setString(1, sessionId);
      select.setString(2, memberId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() && row.getLong(1) > 0;
      }
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
      insert.setString(1, presenceId());
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

  /**
   * A random id for a presence row, in UUID form. Not {@link UUID#randomUUID()}: every webhook
   * writes one, and that draws from the one shared {@code SecureRandom}, whose lock the request
   * threads of a busy room queued on. The id is a row key, never a secret, so a thread-local
   * generator's 122 random bits are enough.
   */
  static String presenceId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return new UUID(high, low).toString();
  }

  /** The participant's own marks and the room's, the input of their fold. */
  private static List<PresenceTimeline.Mark> marks(
      Connection c, String sessionId, String participantKey) throws SQLException {
    // Two exact look-ups, not "participant_key IN (?, ?)": H2 answers that by reading every row
    // of the session, so each event cost more the fuller the room (500 rows at 250 people).
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT kind, occurred_at, connection_id FROM webinar_presence"
                + " WHERE session_id = ? AND participant_key = ?"
                + " UNION ALL SELECT kind, occurred_at, connection_id FROM webinar_presence"
                + " WHERE session_id = ? AND participant_key = ?")) {
      select.setString(1, sessionId);
      select.setString(2, participantKey);
      select.setString(3, sessionId);
      select.setString(4, PresenceRecord.ROOM);
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
