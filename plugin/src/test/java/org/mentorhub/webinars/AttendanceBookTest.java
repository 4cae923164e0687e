package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorhub.platform.events.WebinarAttended;
import org.mentorhub.testing.TestDatabases;
import org.mentorhub.webinar.WebhookEvent;

/**
 * The webhook path of the attendance book, in JDBC on real PostgreSQL and on H2 with the real
 * schema: joins and leaves in any order fold into one row per participant, "attended" is announced
 * once, a guest stays apart from members, and only a participant's first event asks who they are
 * (and not even that one for a member registered for the session).
 */
class AttendanceBookTest {

  private static final Instant START = Instant.parse("2026-11-23T17:00:00Z");
  private static final SessionTimes SESSION =
      new SessionTimes("s-1", WebinarKind.OFFICE_HOURS, START, START.plus(Duration.ofHours(1)));

  /** What the book asked to run after the commit of the current thread's transaction. */
  private static final ThreadLocal<List<Runnable>> AFTER_COMMIT =
      ThreadLocal.withInitial(ArrayList::new);

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    prepare(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pg", "h2"})
  void foldsOutOfOrderEventsIntoOneRowAndAnnouncesOnce(String run, @TempDir Path dir)
      throws Exception {
    assertFoldsAndAnnouncesOnce(database(run, dir), run);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pg", "h2"})
  void keepsGuestsApartAndAsksWhoSomeoneIsOnlyOnce(String run, @TempDir Path dir) throws Exception {
    assertGuestsApart(database(run, dir), run);
  }

  @Test
  void presenceIdsAreDistinctVersionFourUuids() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = AttendanceBook.presenceId();
      UUID parsed = UUID.fromString(id);
      assertThat(parsed.version()).isEqualTo(4);
      assertThat(parsed.variant()).isEqualTo(2);
      assertThat(parsed.toString()).isEqualTo(id);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pg", "h2"})
  void foldsConcurrentEventsAndTheRoomsEndExactly(String run, @TempDir Path dir) throws Exception {
    assertConcurrentFoldsExact(database(run, dir), run);
  }

  /** The shared PostgreSQL database, or a fresh H2 file database under {@code dir}. */
  private static DataSource database(String run, Path dir) throws SQLException {
    return run.equals("pg") ? postgres.getPostgresDatabase() : h2(dir);
  }

  /**
   * Many participants' first and later events in parallel transactions, out of order, with the
   * room's end among them: every row ends equal to the fold of the whole log (the room's end
   * closing whoever was still there) and each member who crossed the share is announced once.
   */
  private static void assertConcurrentFoldsExact(DataSource ds, String run) throws Exception {
    // An embedded H2 database closes with its last connection and opens again with the next; one
    // held open keeps that out of every transaction, as the server's pool does.
    try (Connection keepOpen = ds.getConnection()) {
      assertConcurrentFoldsExactWhileOpen(ds, run);
    }
  }

  private static void assertConcurrentFoldsExactWhileOpen(DataSource ds, String run)
      throws Exception {
    List<WebinarAttended> announced = Collections.synchronizedList(new ArrayList<>());
    AttendanceBook book = book(announced);
    // The clock at the session's start: a join whose leave has not been folded yet counts nothing
    // to it, so "attended" is only ever announced from closed intervals.
    book.clock = Clock.fixed(START, ZoneOffset.UTC);
    SessionTimes session =
        new SessionTimes(
            run + "-busy", WebinarKind.OFFICE_HOURS, START, START.plus(Duration.ofHours(1)));
    addSession(ds, session.id(), 1, run + "-busy-room");
    Random random = new Random(42);
    Map<String, List<PresenceTimeline.Mark>> logs = new HashMap<>();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      boolean guest = i % 6 == 5;
      String id = guest ? null : run + "-busy-" + i;
      String connection = "conn-" + i;
      if (!guest) {
        addMember(ds, id);
        register(ds, session.id(), id);
      }
      String key = guest ? "guest:" + connection : id;
      int joined = random.nextInt(20);
      int left = joined + 5 + random.nextInt(60 - joined - 5);
      for (PresenceTimeline.Kind kind :
          List.of(PresenceTimeline.Kind.JOINED, PresenceTimeline.Kind.LEFT)) {
        Instant at =
            START.plus(Duration.ofMinutes(kind == PresenceTimeline.Kind.JOINED ? joined : left));
        logs.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new PresenceTimeline.Mark(kind, at, connection));
        tasks.add(
            () -> {
              inTransaction(
                  ds, c -> book.record(c, session, who(id, connection), kind, at, x -> false));
              return null;
            });
      }
    }
    Instant end = START.plus(Duration.ofMinutes(45));
    Collections.shuffle(tasks, random);
    tasks.add(
        tasks.size() / 2,
        () -> {
          inTransaction(ds, c -> book.roomEnded(c, session, end));
          return null;
        });
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    PresenceTimeline.Mark roomEnd =
        new PresenceTimeline.Mark(PresenceTimeline.Kind.ROOM_ENDED, end, null);
    Set<String> mustBeAnnounced = new HashSet<>();
    Set<String> markedAttended = new HashSet<>();
    for (Map.Entry<String, List<PresenceTimeline.Mark>> log : logs.entrySet()) {
      List<PresenceTimeline.Mark> marks = new ArrayList<>(log.getValue());
      marks.add(roomEnd);
      Duration present =
          PresenceTimeline.presence(
              marks, session.startsAt(), session.endsAt(), book.clock.instant());
      Row row = row(ds, session.id(), log.getKey());
      assertThat(row).as(log.getKey()).isNotNull();
      assertThat(row.seconds()).as(log.getKey()).isEqualTo(present.toSeconds());
      boolean member = !log.getKey().startsWith("guest:");
      assertThat(row.memberId() != null).as(log.getKey()).isEqualTo(member);
      if (member && present.toMinutes() >= 30) {
        mustBeAnnounced.add(log.getKey());
      }
      if (member && row.attended()) {
        markedAttended.add(log.getKey());
      }
    }
    // A fold that saw a join and the room's end before the leave may have counted someone as
    // attended whom the leave later brings under the share: "attended" never goes back. So the
    // announced are exactly the rows marked attended, each once, and include everyone whose whole
    // log crosses the share.
    List<String> announcedIds = announced.stream().map(WebinarAttended::memberId).toList();
    assertThat(announcedIds).doesNotHaveDuplicates();
    assertThat(new HashSet<>(announcedIds)).isEqualTo(markedAttended).containsAll(mustBeAnnounced);
  }

  private static void assertFoldsAndAnnouncesOnce(DataSource ds, String run) throws Exception {
    List<WebinarAttended> announced = new ArrayList<>();
    AttendanceBook book = book(announced);
    String member = run + "-early";
    addMember(ds, member);
    AtomicInteger asked = new AtomicInteger();
    // The leave arrives first; until the join comes there is nothing to count.
    record(ds, book, who(member, "c1"), PresenceTimeline.Kind.LEFT, 40, asked);
    assertThat(row(ds, member)).isEqualTo(new Row(member, 0, false));
    record(ds, book, who(member, "c1"), PresenceTimeline.Kind.JOINED, 0, asked);
    assertThat(row(ds, member)).isEqualTo(new Row(member, 40 * 60, true));
    assertThat(announced).hasSize(1);
    assertThat(announced.get(0).memberId()).isEqualTo(member);
    // A second connection later adds time; "attended" is not announced again.
    record(ds, book, who(member, "c2"), PresenceTimeline.Kind.JOINED, 45, asked);
    record(ds, book, who(member, "c2"), PresenceTimeline.Kind.LEFT, 50, asked);
    assertThat(row(ds, member)).isEqualTo(new Row(member, 45 * 60, true));
    assertThat(announced).hasSize(1);
    assertThat(asked).as("only the first event looks the member up").hasValue(1);
  }

  private static void assertGuestsApart(DataSource ds, String run) throws Exception {
    AttendanceBook book = book(new ArrayList<>());
    String member = run + "-member";
    addMember(ds, member);
    AtomicInteger asked = new AtomicInteger();
    // Leaves before joins: a fold with an open connection counts it to the (fixed, late) clock,
    // and "attended" never goes back. A token id we do not know is a guest, keyed by the
    // connection, never by that id.
    String stranger = run + "-stranger";
    record(ds, book, who(stranger, "g1"), PresenceTimeline.Kind.LEFT, 10, asked);
    record(ds, book, who(stranger, "g1"), PresenceTimeline.Kind.JOINED, 0, asked);
    record(ds, book, who(null, "g2"), PresenceTimeline.Kind.JOINED, 0, asked);
    record(ds, book, who(member, "m1"), PresenceTimeline.Kind.LEFT, 15, asked);
    record(ds, book, who(member, "m1"), PresenceTimeline.Kind.JOINED, 5, asked);
    assertThat(row(ds, "guest:g1")).isEqualTo(new Row(null, 10 * 60, false));
    assertThat(row(ds, stranger)).isNull();
    assertThat(row(ds, member)).isEqualTo(new Row(member, 10 * 60, false));
    // The guest without an id is still connected: counted to the clock, within the session.
    assertThat(row(ds, "guest:g2")).isEqualTo(new Row(null, 60 * 60, true));
    assertThat(asked).as("stranger twice (never a member), the member once").hasValue(3);
    // A member registered for the session is known to be one without asking.
    String registered = run + "-registered";
    addMember(ds, registered);
    register(ds, registered);
    record(ds, book, who(registered, "r1"), PresenceTimeline.Kind.LEFT, 20, asked);
    record(ds, book, who(registered, "r1"), PresenceTimeline.Kind.JOINED, 5, asked);
    assertThat(row(ds, registered)).isEqualTo(new Row(registered, 15 * 60, false));
    assertThat(asked).hasValue(3);
  }

  private static void register(DataSource ds, String memberId) throws SQLException {
    register(ds, SESSION.id(), memberId);
  }

  private static void register(DataSource ds, String sessionId, String memberId)
      throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO webinar_registration (id, session_id, member_id, status, created_at,"
                    + " updated_at) VALUES (?, ?, ?, 'REGISTERED', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-01 00:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-01 00:00:00+00')")) {
      insert.setString(1, "reg-" + memberId);
      insert.setString(2, sessionId);
      insert.setString(3, memberId);
      insert.executeUpdate();
    }
  }

  private static void record(
      DataSource ds,
      AttendanceBook book,
      WebhookEvent.Participant who,
      PresenceTimeline.Kind kind,
      int minute,
      AtomicInteger asked)
      throws SQLException {
    inTransaction(
        ds,
        c ->
            book.record(
                c,
                SESSION,
                who,
                kind,
                START.plus(Duration.ofMinutes(minute)),
                id -> {
                  asked.incrementAndGet();
                  return isMember(c, id);
                }));
  }

  /** Work on one connection of the webhook path's kind. */
  private interface Work {
    void run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction and, once it commits, what it left for after the commit; a
   * failed try (a deadlock or lock timeout) rolls back whole and is tried again, as the webhook
   * receiver does.
   */
  private static void inTransaction(DataSource ds, Work work) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try {
          work.run(c);
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          AFTER_COMMIT.get().clear();
          if (attempt == 5) {
            throw e;
          }
          continue;
        }
        List<Runnable> after = new ArrayList<>(AFTER_COMMIT.get());
        AFTER_COMMIT.get().clear();
        after.forEach(Runnable::run);
        return;
      }
    }
  }

  private static boolean isMember(Connection c, String id) {
    try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM member WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static WebhookEvent.Participant who(String id, String connection) {
    return new WebhookEvent.Participant(
        id,
        id == null ? "Guest " + connection : "Member " + id,
        null,
        null,
        null,
        false,
        false,
        connection,
        null,
        false,
        null);
  }

  /** The attendance row of a participant key, or null. */
  private record Row(String memberId, long seconds, boolean attended) {}

  private static Row row(DataSource ds, String participantKey) throws SQLException {
    return row(ds, SESSION.id(), participantKey);
  }

  private static Row row(DataSource ds, String sessionId, String participantKey)
      throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT member_id, seconds_present, attended FROM webinar_attendance"
                    + " WHERE session_id = ? AND participant_key = ?")) {
      select.setString(1, sessionId);
      select.setString(2, participantKey);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new Row(row.getString(1), row.getLong(2), row.getBoolean(3)) : null;
      }
    }
  }

  private static AttendanceBook book(List<WebinarAttended> announced) {
    AttendanceBook book = new AttendanceBook();
    // The fold runs after the session: a connection still open counts to its end.
    book.clock = Clock.fixed(START.plus(Duration.ofHours(2)), ZoneOffset.UTC);
    book.config = new WebinarConfig();
    book.config.attendedShare = 0.5;
    book.afterCommit =
        new AfterCommit() {
          @Override
          public void run(Runnable action) {
            AFTER_COMMIT.get().add(action);
          }
        };
    book.attendedEvents = new Collecting(announced);
    return book;
  }

  private static void prepare(DataSource ds) throws SQLException {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    try (Connection c = ds.getConnection()) {
      addMember(c, "host");
      c.createStatement()
          .executeUpdate(
              "INSERT INTO webinar (id, title, kind, timezone, duration_minutes, capacity,"
                  + " host_id, created_by, created_at, version) VALUES ('w-1', 'Office hour',"
                  + " 'OFFICE_HOURS', 'UTC', 60, 10, 'host', 'host', TIMESTAMP WITH TIME ZONE"
                  + " '2026-11-01 00:00:00+00', 1)");
      addSession(c, SESSION.id(), 0, "room-1");
    }
  }

  private static void addSession(DataSource ds, String id, int occurrence, String room)
      throws SQLException {
    try (Connection c = ds.getConnection()) {
      addSession(c, id, occurrence, room);
    }
  }

  private static void addSession(Connection c, String id, int occurrence, String room)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO webinar_session (id, webinar_id, occurrence, title, kind, host_id,"
                + " timezone, starts_at, ends_at, capacity, seats_taken, waitlist_counter,"
                + " room_name, status, sequence_no, updated_at, version) VALUES (?, 'w-1',"
                + " ?, 'Office hour', 'OFFICE_HOURS', 'host', 'UTC', TIMESTAMP WITH TIME ZONE"
                + " '2026-11-23 17:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-23 18:00:00+00',"
                + " 10, 0, 0, ?, 'SCHEDULED', 0, TIMESTAMP WITH TIME ZONE"
                + " '2026-11-01 00:00:00+00', 1)")) {
      insert.setString(1, id);
      insert.setInt(2, occurrence);
      insert.setString(3, room);
      insert.executeUpdate();
    }
  }

  private static void addMember(DataSource ds, String id) throws SQLException {
    try (Connection c = ds.getConnection()) {
      addMember(c, id);
    }
  }

  private static void addMember(Connection c, String id) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO member (id, name, roles, calendar_feed_token, created_at, updated_at,"
                + " version) VALUES (?, ?, 'member', ?, TIMESTAMP WITH TIME ZONE"
                + " '2026-11-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00',"
                + " 1)")) {
      insert.setString(1, id);
      insert.setString(2, "Member " + id);
      insert.setString(3, "feed-" + id);
      insert.executeUpdate();
    }
  }

  private static DataSource h2(Path dir) throws SQLException {
    DataSource ds = TestDatabases.h2(dir);
    prepare(ds);
    return ds;
  }

  /** Collects what would be fired to other features. */
  private record Collecting(List<WebinarAttended> fired) implements Event<WebinarAttended> {
    @Override
    public void fire(WebinarAttended event) {
      fired.add(event);
    }

    @Override
    public <U extends WebinarAttended> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends WebinarAttended> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<WebinarAttended> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends WebinarAttended> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends WebinarAttended> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
