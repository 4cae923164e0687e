package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mentorhub.platform.events.WebinarAttended;
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

  /** Logs a join or leave and refolds that participant's attendance. */
  void record(
      WebinarSession session,
      Participant participant,
      String connection,
      PresenceTimeline.Kind kind,
      Instant at) {
    lockParticipant(session, participant);
    em.persist(new PresenceRecord(session.id(), participant, connection, kind, at));
    em.flush();
    refold(session, participant);
  }

  /** Logs the room's end, which closes every open connection, and refolds everyone. */
  void roomEnded(WebinarSession session, Instant at) {
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
      WebinarSession session,
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

  /**
   * Takes the participant's attendance row lock; the first event of a participant creates the row
   * under the session's lock, so it cannot interleave with the room's end. Two first events of one
   * participant at the same moment collide on the row's key: the loser's transaction fails and the
   * webhook receiver retries it, when the row exists.
   */
  private void lockParticipant(WebinarSession session, Participant participant) {
    if (lockAttendanceRow(session, participant)) {
      return;
    }
    lockSession(session);
    if (!lockAttendanceRow(session, participant)) {
      em.persist(new Attendance(session.id(), participant));
      em.flush();
    }
  }

  private boolean lockAttendanceRow(WebinarSession session, Participant participant) {
    return !em.createNativeQuery(
            "SELECT participant_key FROM webinar_attendance"
                + " WHERE session_id = ?1 AND participant_key = ?2 FOR UPDATE")
        .setParameter(1, session.id())
        .setParameter(2, participant.key())
        .getResultList()
        .isEmpty();
  }

  private void lockAllAttendanceRows(WebinarSession session) {
    em.createNativeQuery(
            "SELECT participant_key FROM webinar_attendance WHERE session_id = ?1 FOR UPDATE")
        .setParameter(1, session.id())
        .getResultList();
  }

  private void lockSession(WebinarSession session) {
    em.createNativeQuery("SELECT id FROM webinar_session WHERE id = ?1 FOR UPDATE")
        .setParameter(1, session.id())
        .getResultList();
  }

  private void refold(WebinarSession session, Participant participant) {
    List<PresenceRecord> records =
        em.createQuery(
                "SELECT p FROM PresenceRecord p WHERE p.sessionId = :s"
                    + " AND (p.participantKey = :k OR p.participantKey = :room)",
                PresenceRecord.class)
            .setParameter("s", session.id())
            .setParameter("k", participant.key())
            .setParameter("room", PresenceRecord.ROOM)
            .getResultList();
    update(session, participant, records.stream().map(PresenceRecord::mark).toList());
  }

  private void update(
      WebinarSession session, Participant participant, List<PresenceTimeline.Mark> marks) {
    Instant now = clock.instant();
    Duration present = PresenceTimeline.presence(marks, session.startsAt(), session.endsAt(), now);
    Attendance row = em.find(Attendance.class, new Attendance.Key(session.id(), participant.key()));
    if (row == null) {
      row = new Attendance(session.id(), participant);
      em.persist(row);
    }
    boolean crossed = row.update(present, attended(session, present), participant.name(), now);
    if (crossed && participant.memberId() != null) {
      WebinarAttended event =
          new WebinarAttended(participant.memberId(), session.id(), session.kind().name(), now);
      afterCommit.run(() -> attendedEvents.fire(event));
    }
  }

  private boolean attended(WebinarSession session, Duration present) {
    return PresenceTimeline.attended(present, session.duration(), config.attendedShare());
  }

  /** Splits the session's log by participant; returns the room-wide marks. */
  private List<PresenceRecord> log(
      WebinarSession session, Map<String, List<PresenceRecord>> byParticipant) {
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
}
