package org.mentorhub.webinars;

import java.time.Instant;

/** A session as lists and calendars show it. */
public record SessionView(
    String id,
    String webinarId,
    String title,
    String kind,
    String description,
    Instant startsAt,
    Instant endsAt,
    String timezone,
    int capacity,
    int seatsLeft,
    String hostId,
    String status) {

  static SessionView of(WebinarSession s) {
    return new SessionView(
        s.id(),
        s.webinarId(),
        s.title(),
        s.kind().name(),
        s.description(),
        s.startsAt(),
        s.endsAt(),
        s.zone().getId(),
        s.capacity(),
        s.seatsLeft(),
        s.hostId(),
        s.status().name());
  }
}
