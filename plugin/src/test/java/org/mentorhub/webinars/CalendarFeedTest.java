package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static List<WebinarSession> weekly(int count) {
    ZonedDateTime first = LocalDateTime.of(2026, 3, 19, 17, 0).atZone(ZoneId.of("Europe/London"));
    Webinar webinar =
        Webinar.create(
            new Webinar.Definition(
                "Office hours: pricing",
                WebinarKind.OFFICE_HOURS,
                "Bring your price list",
                first,
                Duration.ofMinutes(45),
                "FREQ=WEEKLY;COUNT=" + count,
                10,
                "mentor-1"),
            "mentor-1",
            NOW);
    int[] room = {0};
    return webinar.sessionsAt(
        Schedule.of(first, "FREQ=WEEKLY;COUNT=" + count).starts(), () -> "room-" + room[0]++, NOW);
  }

  @Test
  void feedParsesBackWithRemindersAndCancellations() throws Exception {
    List<WebinarSession> sessions = weekly(3);
    sessions.get(1).cancel(NOW.plusSeconds(60));

    String ics = CalendarFeed.write(sessions, NOW);
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events).hasSize(3);
    VEvent first = events.get(0);
    assertThat(first.getUid().orElseThrow().getValue())
        .isEqualTo(sessions.get(0).id() + "@mentorhub");
    assertThat(first.getSummary().getValue()).isEqualTo("Office hours: pricing");
    assertThat(first.getDateTimeStart().getValue()).isEqualTo("20260319T170000Z");
    assertThat(events.get(2).getDateTimeStart().getValue())
        .as("after the clocks went forward on 29 March, 17:00 London is 16:00 UTC")
        .isEqualTo("20260402T160000Z");
    assertThat(first.getAlarms()).hasSize(2);
    assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
    assertThat(first.getSequence().getSequenceNo()).isZero();
    VEvent cancelled = events.get(1);
    assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);
  }
}
