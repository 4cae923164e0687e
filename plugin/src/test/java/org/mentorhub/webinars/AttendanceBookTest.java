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
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorhub.platform.events.WebinarAttended;
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

  @Test
  void postgresFoldsOutOfOrderEventsIntoOneRowAndAnnouncesOnce() throws Exception {
    assertFoldsAndAnnouncesOnce(postgres.getPostgresDatabase(), "pg");
  }

  @Test
  void h2FoldsOutOfOrderEventsIntoOneRowAndAnnouncesOnce(@TempDir Path dir) throws Exception {
    assertFoldsAndAnnouncesOnce(h2(dir), "h2");
  }

  @Test
  void postgresKeepsGuestsApartAndAsksWhoSomeoneIsOnlyOnce() throws Exception {
    assertGuestsApart(postgres.getPostgresDatabase(), "pg");
  }

  @Test
  void h2KeepsGuestsApartAndAsksWhoSomeoneIsOnlyOnce(@TempDir Path dir) throws Exception {
    assertGuestsApart(h2(dir), "h2");
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
    try (Connection c = ds.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO webinar_registration (id, session_id, member_id, status, created_at,"
                    + " updated_at) VALUES (?, ?, ?, 'REGISTERED', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-01 00:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-01 00:00:00+00')")) {
      insert.setString(1, "reg-" + memberId);
      insert.setString(2, SESSION.id());
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
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      book.record(
          c,
          SESSION,
          who,
          kind,
          START.plus(Duration.ofMinutes(minute)),
          id -> {
            asked.incrementAndGet();
            return isMember(c, id);
          });
      c.commit();
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
    try (Connection c = ds.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT member_id, seconds_present, attended FROM webinar_attendance"
                    + " WHERE session_id = ? AND participant_key = ?")) {
      select.setString(1, SESSION.id());
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
            action.run();
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
      c.createStatement()
          .executeUpdate(
              "INSERT INTO webinar_session (id, webinar_id, occurrence, title, kind, host_id,"
                  + " timezone, starts_at, ends_at, capacity, seats_taken, waitlist_counter,"
                  + " room_name, status, sequence_no, updated_at, version) VALUES ('s-1', 'w-1',"
                  + " 0, 'Office hour', 'OFFICE_HOURS', 'host', 'UTC', TIMESTAMP WITH TIME ZONE"
                  + " '2026-11-23 17:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-23 18:00:00+00',"
                  + " 10, 0, 0, 'room-1', 'SCHEDULED', 0, TIMESTAMP WITH TIME ZONE"
                  + " '2026-11-01 00:00:00+00', 1)");
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
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    ds.setUser("mentorhub");
    ds.setPassword("mentorhub");
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
