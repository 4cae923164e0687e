package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorhub.members.Member;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.events.MemberNotice;
import org.mentorhub.platform.events.NoticeType;
import org.mentorhub.platform.problem.AccessDeniedException;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.Role;
import org.mentorhub.webinar.JitsiUser;
import org.mentorhub.webinar.JoinLink;
import org.mentorhub.webinar.JoinRequest;
import org.mentorhub.webinar.RoomNameGenerator;

/**
 * The webinars feature's public face: series and sessions, registration with a FIFO waitlist, join
 * links, and the reports built from attendance and recordings.
 */
@ApplicationScoped
public class WebinarService {

  /** How long a join token stays valid after the scheduled end, for sessions that overrun. */
  static final Duration OVERRUN = Duration.ofMinutes(30);

  /** The default span of the session list when {@code to} is not given. */
  static final Duration DEFAULT_LIST_SPAN = Duration.ofDays(90);

  private static final int MAX_LISTED = 500;

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject MemberService members;
  @Inject JitsiConnection jitsi;
  @Inject AttendanceBook attendance;
  @Inject org.mentorhub.directory.ProfileService profiles;
  @Inject jakarta.enterprise.event.Event<MemberNotice> notices;

  private final RoomNameGenerator rooms = new RoomNameGenerator();

  /** Creates a webinar and all its sessions; mentors may only create office hours they host. */
  @Transactional
  public WebinarView create(Caller caller, WebinarInput input) {
    WebinarKind kind = WebinarKind.valueOf(input.kind());
    String hostId =
        input.hostId() == null || input.hostId().isBlank() ? caller.id() : input.hostId().trim();
    if (!caller.has(Role.ADMIN)) {
      if (kind != WebinarKind.OFFICE_HOURS) {
        throw new AccessDeniedException("Only admins may create " + kind + " webinars.");
      }
      if (!hostId.equals(caller.id())) {
        throw new AccessDeniedException("Mentors may only create office hours they host.");
      }
    }
    if (members.find(hostId).isEmpty()) {
      throw new InvalidRequestException("hostId", "no member with this id");
    }
    if (kind == WebinarKind.OFFICE_HOURS && profiles.isSuspended(hostId)) {
      throw new AccessDeniedException("A suspended mentor cannot host office hours.");
    }
    Instant now = clock.instant();
    ZoneId zone = ZoneId.of(input.timezone().trim());
    ZonedDateTime first = parseStart(input.startsAt(), zone, "startsAt");
    if (!first.toInstant().isAfter(now)) {
      throw new InvalidRequestException("startsAt", "must be in the future");
    }
    List<ZonedDateTime> starts;
    try {
      starts = Schedule.of(first, input.recurrence()).starts();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("recurrence", e.getMessage());
    }
    String recurrence =
        input.recurrence() == null || input.recurrence().isBlank()
            ? null
            : input.recurrence().strip();
    Webinar webinar =
        Webinar.create(
            new Webinar.Definition(
                input.title().strip(),
                kind,
                blankToNull(input.description()),
                first,
                Duration.ofMinutes(input.durationMinutes()),
                recurrence,
                input.capacity(),
                hostId),
            caller.id(),
            now);
    em.persist(webinar);
    List<WebinarSession> sessions =
        webinar.sessionsAt(starts, () -> rooms.next(input.title()), now);
    sessions.forEach(em::persist);
    return new WebinarView(
        webinar.id(),
        webinar.title(),
        kind.name(),
        hostId,
        zone.getId(),
        recurrence,
        sessions.stream().map(SessionView::of).toList());
  }

  /** Sessions overlapping {@code [from, to)}, of one kind or all, in start order. */
  @Transactional
  public List<SessionView> sessions(String kind, String from, String to) {
    Instant start = from == null || from.isBlank() ? clock.instant() : parseInstant(from, "from");
    Instant end =
        to == null || to.isBlank() ? start.plus(DEFAULT_LIST_SPAN) : parseInstant(to, "to");
    if (!end.isAfter(start)) {
      throw new InvalidRequestException("to", "must be after from");
    }
    WebinarKind wanted = kind == null || kind.isBlank() ? null : parseKind(kind);
    TypedQuery<WebinarSession> query =
        em.createQuery(
                "SELECT s FROM WebinarSession s WHERE s.endsAt > :from AND s.startsAt < :to"
                    + (wanted == null ? "" : " AND s.kind = :kind")
                    + " ORDER BY s.startsAt, s.id",
                WebinarSession.class)
            .setParameter("from", start)
            .setParameter("to", end)
            .setMaxResults(MAX_LISTED);
    if (wanted != null) {
      query.setParameter("kind", wanted);
    }
    return query.getResultList().stream().map(SessionView::of).toList();
  }

  /**
   * Registers the caller, or puts them on the waitlist when the session is full; asking again
   * answers the current state.
   *
   * <p>The session row is locked first, so concurrent registrations take seats one at a time and
   * get consecutive waitlist numbers; a check constraint backs the count up.
   */
  @Transactional
  public RegistrationView register(Caller caller, String sessionId) {
    WebinarSession session = lockedSession(sessionId);
    Registration existing = registrationOf(sessionId, caller.id());
    if (existing != null) {
      return view(existing);
    }
    if (session.isCancelled()) {
      throw JoinWindowClosedException.cancelled(sessionId);
    }
    if (!session.endsAt().isAfter(clock.instant())) {
      throw JoinWindowClosedException.over(sessionId, session.endsAt());
    }
    Instant now = clock.instant();
    Registration registration =
        session.takeSeat()
            ? Registration.registered(sessionId, caller.id(), now)
            : Registration.waitlisted(sessionId, caller.id(), session.nextWaitlistNumber(), now);
    em.persist(registration);
    em.flush();
    return view(registration);
  }

  /** Cancels the caller's registration; a freed seat goes to the first on the waitlist. */
  @Transactional
  public void cancelRegistration(Caller caller, String sessionId) {
    WebinarSession session = lockedSession(sessionId);
    Registration registration = registrationOf(sessionId, caller.id());
    if (registration == null) {
      throw new ResourceNotFoundException("registration", sessionId + "/" + caller.id());
    }
    em.remove(registration);
    if (registration.isRegistered()) {
      session.releaseSeat();
      fillFreeSeats(session);
    }
  }

  /**
   * A signed link into the session's room: moderator for the host, participant otherwise.
   *
   * <p>Deliberately outside a transaction: it only reads, and the RSA signature, the costliest
   * step, should not hold a pooled connection while a room fills up.
   */
  public JoinView join(Caller caller, String sessionId) {
    WebinarSession session = session(sessionId);
    boolean host = session.isHostedBy(caller.id());
    if (!host) {
      Registration registration = registrationOf(sessionId, caller.id());
      if (registration == null || !registration.isRegistered()) {
        throw new AccessDeniedException(
            registration == null
                ? "Register for this session to join it."
                : "You are on the waitlist of this session; you can join once you have a seat.");
      }
    }
    Instant now = clock.instant();
    if (session.isCancelled()) {
      throw JoinWindowClosedException.cancelled(sessionId);
    }
    if (!now.isBefore(session.endsAt())) {
      throw JoinWindowClosedException.over(sessionId, session.endsAt());
    }
    if (!session.joinWindowContains(now)) {
      throw JoinWindowClosedException.notYet(sessionId, session.joinOpensAt(), now);
    }
    JoinLink link =
        jitsi
            .client()
            .joinLink(
                new JoinRequest(
                    session.roomName(),
                    new JitsiUser(caller.id(), caller.name(), caller.email(), null),
                    host,
                    session.joinOpensAt(),
                    session.endsAt().plus(OVERRUN)));
    return new JoinView(link.url().toString(), link.expiresAt(), link.moderator());
  }

  /** Edits one session or it and the later ones of its series (host or admin). */
  @Transactional
  public List<SessionView> change(
      Caller caller, String sessionId, ChangeScope scope, SessionChange change) {
    WebinarSession anchor = lockedSession(sessionId);
    requireHostOrAdmin(caller, anchor);
    Instant now = clock.instant();
    Duration shift = Duration.ZERO;
    if (change.startsAt() != null) {
      LocalDateTime target =
          parseStart(change.startsAt(), anchor.zone(), "startsAt").toLocalDateTime();
      shift = Duration.between(LocalDateTime.ofInstant(anchor.startsAt(), anchor.zone()), target);
      if (!target.atZone(anchor.zone()).toInstant().isAfter(now)) {
        throw new InvalidRequestException("startsAt", "must be in the future");
      }
    }
    List<WebinarSession> affected = new ArrayList<>();
    for (WebinarSession session : scoped(anchor, scope)) {
      if (session.isCancelled()) {
        continue;
      }
      WebinarSession locked = session == anchor ? anchor : lockedSession(session.id());
      if (change.title() != null || change.description() != null) {
        locked.describe(
            change.title() == null ? locked.title() : change.title().strip(),
            change.description() == null ? locked.description() : blankToNull(change.description()),
            now);
      }
      if (change.startsAt() != null || change.durationMinutes() != null) {
        locked.shift(
            shift,
            change.durationMinutes() == null
                ? locked.duration()
                : Duration.ofMinutes(change.durationMinutes()),
            now);
      }
      if (change.capacity() != null && locked.resize(change.capacity(), now)) {
        fillFreeSeats(locked);
      }
      affected.add(locked);
    }
    em.flush();
    affected.forEach(s -> tellRegistered(s, NoticeType.SESSION_CHANGED, now));
    return affected.stream().map(SessionView::of).toList();
  }

  /** Cancels one session or it and the later ones (host or admin); feeds show them cancelled. */
  @Transactional
  public List<SessionView> cancel(Caller caller, String sessionId, ChangeScope scope) {
    WebinarSession anchor = lockedSession(sessionId);
    requireHostOrAdmin(caller, anchor);
    Instant now = clock.instant();
    List<WebinarSession> affected = new ArrayList<>();
    for (WebinarSession session : scoped(anchor, scope)) {
      WebinarSession locked = session == anchor ? anchor : lockedSession(session.id());
      locked.cancel(now);
      affected.add(locked);
    }
    affected.forEach(s -> tellRegistered(s, NoticeType.SESSION_CANCELLED, now));
    return affected.stream().map(SessionView::of).toList();
  }

  /** Who attended: registered members (present or not) and everyone seen in the room. */
  @Transactional
  public List<AttendanceView> attendance(Caller caller, String sessionId) {
    WebinarSession session = session(sessionId);
    requireHostOrAdmin(caller, session);
    List<String> registered =
        em.createQuery(
                "SELECT r.memberId FROM Registration r WHERE r.sessionId = :s"
                    + " AND r.status = :registered ORDER BY r.createdAt",
                String.class)
            .setParameter("s", sessionId)
            .setParameter("registered", RegistrationStatus.REGISTERED)
            .getResultList();
    return attendance.report(
        SessionTimes.of(session), registered, key -> members.find(key).map(Member::name));
  }

  /** Recordings of a session, for the host, admins and registered members. */
  @Transactional
  public List<RecordingView> recordings(Caller caller, String sessionId, String fileUrlBase) {
    WebinarSession session = session(sessionId);
    requireParticipant(caller, session);
    Instant now = clock.instant();
    return em
        .createQuery(
            "SELECT r FROM Recording r WHERE r.sessionId = :s ORDER BY r.startedAt, r.id",
            Recording.class)
        .setParameter("s", sessionId)
        .getResultList()
        .stream()
        .map(r -> recordingView(r, fileUrlBase, now))
        .toList();
  }

  /** The stored copy of a recording, for those who may see the session's recordings. */
  @Transactional
  public Recording recording(Caller caller, String sessionId, String recordingId) {
    WebinarSession session = session(sessionId);
    requireParticipant(caller, session);
    Recording recording = em.find(Recording.class, recordingId);
    if (recording == null
        || !recording.sessionId().equals(sessionId)
        || recording.status() != RecordingStatus.COPIED) {
      throw new ResourceNotFoundException("recording", recordingId);
    }
    return recording;
  }

  /** The sessions a member's calendar feed lists: those they are registered for or host. */
  @Transactional
  public List<WebinarSession> calendarOf(String memberId) {
    return em.createQuery(
            "SELECT s FROM WebinarSession s WHERE s.hostId = :m OR s.id IN (SELECT r.sessionId"
                + " FROM Registration r WHERE r.memberId = :m AND r.status = :registered)"
                + " ORDER BY s.startsAt, s.id",
            WebinarSession.class)
        .setParameter("m", memberId)
        .setParameter("registered", RegistrationStatus.REGISTERED)
        .getResultList();
  }

  private RecordingView recordingView(Recording r, String fileUrlBase, Instant now) {
    String url =
        switch (r.status()) {
          case COPIED -> fileUrlBase + r.id() + "/file";
          case PENDING -> now.isBefore(r.linkExpiresAt()) ? r.downloadLink() : null;
          case FAILED -> null;
        };
    return new RecordingView(
        r.id(),
        r.status().name(),
        r.startedAt(),
        r.endedAt(),
        r.durationSeconds(),
        r.sizeBytes(),
        url);
  }

  private void fillFreeSeats(WebinarSession session) {
    Instant now = clock.instant();
    while (session.seatsLeft() > 0) {
      List<Registration> first =
          em.createQuery(
                  "SELECT r FROM Registration r WHERE r.sessionId = :s AND r.status = :waiting"
                      + " ORDER BY r.waitlistNumber",
                  Registration.class)
              .setParameter("s", session.id())
              .setParameter("waiting", RegistrationStatus.WAITLISTED)
              .setMaxResults(1)
              .getResultList();
      if (first.isEmpty() || !session.takeSeat()) {
        return;
      }
      first.get(0).promote(now);
      em.flush();
      notices.fire(
          new MemberNotice(
              first.get(0).memberId(), NoticeType.WAITLIST_PROMOTED, noticeData(session), now));
    }
  }

  /** Tells every member with a seat in {@code session} about it (notifications). */
  void tellRegistered(WebinarSession session, NoticeType type, Instant now) {
    for (String member : registeredMembers(em, session.id())) {
      notices.fire(new MemberNotice(member, type, noticeData(session), now));
    }
  }

  static java.util.Map<String, Object> noticeData(WebinarSession session) {
    return java.util.Map.of(
        "sessionId", session.id(),
        "title", session.title(),
        "startsAt", session.startsAt().toString(),
        "endsAt", session.endsAt().toString(),
        "status", session.status().name());
  }

  static List<String> registeredMembers(EntityManager em, String sessionId) {
    return em.createQuery(
            "SELECT r.memberId FROM Registration r WHERE r.sessionId = :s"
                + " AND r.status = :registered ORDER BY r.createdAt",
            String.class)
        .setParameter("s", sessionId)
        .setParameter("registered", RegistrationStatus.REGISTERED)
        .getResultList();
  }

  /** A session about to start and who has a seat, for the notifications' reminder. */
  public record Upcoming(String sessionId, String title, Instant startsAt, List<String> members) {}

  /** Scheduled (not cancelled) sessions starting in {@code [from, to)}. */
  @Transactional
  public List<Upcoming> startingBetween(Instant from, Instant to) {
    return em
        .createQuery(
            "SELECT s FROM WebinarSession s WHERE s.startsAt >= :from AND s.startsAt < :to"
                + " ORDER BY s.startsAt",
            WebinarSession.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(MAX_LISTED)
        .getResultList()
        .stream()
        .filter(s -> !s.isCancelled())
        .map(s -> new Upcoming(s.id(), s.title(), s.startsAt(), registeredMembers(em, s.id())))
        .toList();
  }

  private List<WebinarSession> scoped(WebinarSession anchor, ChangeScope scope) {
    if (scope == ChangeScope.THIS) {
      return List.of(anchor);
    }
    return em
        .createQuery(
            "SELECT s FROM WebinarSession s WHERE s.webinarId = :w AND s.occurrence >= :o"
                + " ORDER BY s.occurrence",
            WebinarSession.class)
        .setParameter("w", anchor.webinarId())
        .setParameter("o", anchor.occurrence())
        .getResultList()
        .stream()
        .map(s -> s.id().equals(anchor.id()) ? anchor : s)
        .toList();
  }

  private RegistrationView view(Registration registration) {
    if (registration.isRegistered()) {
      return new RegistrationView(RegistrationStatus.REGISTERED.name(), null);
    }
    long ahead =
        em.createQuery(
                "SELECT COUNT(r) FROM Registration r WHERE r.sessionId = :s"
                    + " AND r.status = :waiting AND r.waitlistNumber < :n",
                Long.class)
            .setParameter("s", registration.sessionId())
            .setParameter("waiting", RegistrationStatus.WAITLISTED)
            .setParameter("n", registration.waitlistNumber())
            .getSingleResult();
    return new RegistrationView(RegistrationStatus.WAITLISTED.name(), (int) ahead + 1);
  }

  private Registration registrationOf(String sessionId, String memberId) {
    List<Registration> found =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.sessionId = :s AND r.memberId = :m",
                Registration.class)
            .setParameter("s", sessionId)
            .setParameter("m", memberId)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  private void requireHostOrAdmin(Caller caller, WebinarSession session) {
    if (!session.isHostedBy(caller.id()) && !caller.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only the host of this session or an admin may do this.");
    }
  }

  private void requireParticipant(Caller caller, WebinarSession session) {
    if (session.isHostedBy(caller.id()) || caller.has(Role.ADMIN)) {
      return;
    }
    Registration registration = registrationOf(session.id(), caller.id());
    if (registration == null || !registration.isRegistered()) {
      throw new AccessDeniedException("Only members registered for this session may do this.");
    }
  }

  private WebinarSession session(String id) {
    WebinarSession session = em.find(WebinarSession.class, id);
    if (session == null) {
      throw new UnknownSessionException(id);
    }
    return session;
  }

  private WebinarSession lockedSession(String id) {
    WebinarSession session = em.find(WebinarSession.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (session == null) {
      throw new UnknownSessionException(id);
    }
    return session;
  }

  private static ZonedDateTime parseStart(String text, ZoneId zone, String field) {
    String value = text.trim();
    try {
      return OffsetDateTime.parse(value).atZoneSameInstant(zone);
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(value).atZone(zone);
      } catch (DateTimeException e) {
        throw new InvalidRequestException(
            field, "must be a date-time such as 2026-03-19T17:00 or 2026-03-19T17:00:00Z");
      }
    }
  }

  private static Instant parseInstant(String text, String field) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(field, "must be an instant such as 2026-03-19T17:00:00Z");
    }
  }

  private static WebinarKind parseKind(String kind) {
    try {
      return WebinarKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("kind", "must be ONBOARDING or OFFICE_HOURS");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
