package org.mentorhub.webinars;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** A webinar series as its organiser described it; its sessions are the occurrences. */
@Entity
@Table(name = "webinar")
public class Webinar {

  @Id private String id;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WebinarKind kind;

  private String description;

  @Column(nullable = false)
  private String timezone;

  private String recurrence;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "host_id", nullable = false)
  private String hostId;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Webinar() {}

  /** The definition of a validated series. */
  record Definition(
      String title,
      WebinarKind kind,
      String description,
      ZonedDateTime firstStart,
      Duration duration,
      String recurrence,
      int capacity,
      String hostId) {
    Definition {
      requireNonNull(title, "title");
      requireNonNull(kind, "kind");
      requireNonNull(firstStart, "firstStart");
      requireNonNull(duration, "duration");
      requireNonNull(hostId, "hostId");
    }
  }

  /** A new series; {@link #sessionsAt} makes its occurrences. */
  static Webinar create(Definition definition, String createdBy, Instant now) {
    Webinar webinar = new Webinar();
    webinar.id = UUID.randomUUID().toString();
    webinar.title = definition.title();
    webinar.kind = definition.kind();
    webinar.description = definition.description();
    webinar.timezone = definition.firstStart().getZone().getId();
    webinar.recurrence = definition.recurrence();
    webinar.durationMinutes = (int) definition.duration().toMinutes();
    webinar.capacity = definition.capacity();
    webinar.hostId = definition.hostId();
    webinar.createdBy = requireNonNull(createdBy, "createdBy");
    webinar.createdAt = now;
    return webinar;
  }

  /** One session per start, each with its own unguessable room. */
  List<WebinarSession> sessionsAt(
      List<ZonedDateTime> starts, Supplier<String> roomNames, Instant now) {
    List<WebinarSession> sessions = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      sessions.add(WebinarSession.occurrence(this, i, starts.get(i), roomNames.get(), now));
    }
    return sessions;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public WebinarKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  public String recurrence() {
    return recurrence;
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  public int capacity() {
    return capacity;
  }

  public String hostId() {
    return hostId;
  }
}
