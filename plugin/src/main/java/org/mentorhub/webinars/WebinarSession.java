package org.mentorhub.webinars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One occurrence of a webinar: its time, its seats and its Jitsi room.
 *
 * <p>Seats are counted here, and every change of the count happens while the row is locked, so
 * concurrent registrations queue on the database row instead of racing past a check.
 */
@Entity
@Table(name = "webinar_session")
public class WebinarSession {

  /** Registered members and the host may open the room this long before the start. */
  public static final Duration JOIN_LEAD = Duration.ofMinutes(15);

  @Id private String id;

  @Column(name = "webinar_id", nullable = false)
  private String webinarId;

  @Column(nullable = false)
  private int occurrence;

  @Column(nullable = false)
  private String title;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WebinarKind kind;

  @Column(name = "host_id", nullable = false)
  private String hostId;

  @Column(nullable = false)
  private String timezone;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "seats_taken", nullable = false)
  private int seatsTaken;

  @Column(name = "waitlist_counter", nullable = false)
  private long waitlistCounter;

  @Column(name = "room_name", nullable = false)
  private String roomName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SessionStatus status;

  /** The iCalendar SEQUENCE: bumped by every change a calendar must pick up. */
  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected WebinarSession() {}

  static WebinarSession occurrence(
      Webinar webinar, int index, ZonedDateTime start, String roomName, Instant now) {
    WebinarSession session = new WebinarSession();
    session.id = UUID.randomUUID().toString();
    session.webinarId = webinar.id();
    session.occurrence = index;
    session.title = webinar.title();
    session.description = webinar.description();
    session.kind = webinar.kind();
    session.hostId = webinar.hostId();
    session.timezone = start.getZone().getId();
    session.startsAt = start.toInstant();
    session.endsAt = start.plus(webinar.duration()).toInstant();
    session.capacity = webinar.capacity();
    session.roomName = roomName;
    session.status = SessionStatus.SCHEDULED;
    session.updatedAt = now;
    return session;
  }

  /** Takes a seat if one is left and the session is still on; the row must be locked. */
  boolean takeSeat() {
    if (status != SessionStatus.SCHEDULED || seatsTaken >= capacity) {
      return false;
    }
    seatsTaken++;
    return true;
  }

  /** Gives back a registered member's seat; the row must be locked. */
  void releaseSeat() {
    if (seatsTaken > 0) {
      seatsTaken--;
    }
  }

  /** The next place in the FIFO waitlist; the row must be locked. */
  long nextWaitlistNumber() {
    return ++waitlistCounter;
  }

  /** Whether someone may open the room at {@code now}: from 15 minutes before start to the end. */
  boolean joinWindowContains(Instant now) {
    return !now.isBefore(joinOpensAt()) && now.isBefore(endsAt);
  }

  Instant joinOpensAt() {
    return startsAt.minus(JOIN_LEAD);
  }

  boolean isHostedBy(String memberId) {
    return hostId.equals(memberId);
  }

  boolean isCancelled() {
    return status == SessionStatus.CANCELLED;
  }

  /** Calls the session off; registrations stay so feeds can tell members. */
  void cancel(Instant now) {
    if (status != SessionStatus.CANCELLED) {
      status = SessionStatus.CANCELLED;
      changed(now);
    }
  }

  /** Moves the session by a local-time shift in the organiser's zone, keeping DST right. */
  void shift(Duration localShift, Duration newDuration, Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(startsAt, zone()).plus(localShift);
    ZonedDateTime start = local.atZone(zone());
    startsAt = start.toInstant();
    endsAt = start.plus(newDuration).toInstant();
    changed(now);
  }

  void describe(String newTitle, String newDescription, Instant now) {
    title = newTitle;
    description = newDescription;
    changed(now);
  }

  /**
   * Sets a new capacity; it may not fall below the members already registered.
   *
   * @return whether it is now above the seats taken, so the waitlist can move up
   */
  boolean resize(int newCapacity, Instant now) {
    if (newCapacity < seatsTaken) {
      throw new CapacityBelowRegistrationsException(id, newCapacity, seatsTaken);
    }
    capacity = newCapacity;
    changed(now);
    return capacity > seatsTaken;
  }

  private void changed(Instant now) {
    sequence++;
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String webinarId() {
    return webinarId;
  }

  public int occurrence() {
    return occurrence;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public WebinarKind kind() {
    return kind;
  }

  public String hostId() {
    return hostId;
  }

  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Duration duration() {
    return Duration.between(startsAt, endsAt);
  }

  public int capacity() {
    return capacity;
  }

  public int seatsLeft() {
    return Math.max(0, capacity - seatsTaken);
  }

  public String roomName() {
    return roomName;
  }

  public SessionStatus status() {
    return status;
  }

  public int sequence() {
    return sequence;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
