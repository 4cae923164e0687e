package org.mentorhub.webinars;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A member's sessions as an iCalendar feed: one VEVENT per session with a stable UID, a SEQUENCE
 * that grows with every change, STATUS:CANCELLED for called-off sessions, and reminders a day and
 * fifteen minutes before.
 *
 * <p>Times are written in UTC: every calendar client shows them in its own zone, and the feed needs
 * no VTIMEZONE blocks, which clients handle inconsistently.
 */
final class CalendarFeed {

  /** When calendar apps remind the member. */
  static final List<Duration> REMINDERS = List.of(Duration.ofDays(1), Duration.ofMinutes(15));

  private CalendarFeed() {}

  static String write(List<WebinarSession> sessions, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Mentor Hub//Webinars//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", "Mentor Hub webinars"));
    for (WebinarSession session : sessions) {
      calendar.add(event(session, now));
    }
    return calendar.toString();
  }

  private static VEvent event(WebinarSession session, Instant now) {
    VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.title());
    event.replace(new DtStamp(now));
    event.add(new Uid(session.id() + "@mentorhub"));
    event.add(new Sequence(session.sequence()));
    event.add(new LastModified(session.updatedAt()));
    if (session.description() != null) {
      event.add(new Description(session.description()));
    }
    if (session.isCancelled()) {
      event.add(ImmutableStatus.VEVENT_CANCELLED);
    } else {
      event.add(ImmutableStatus.VEVENT_CONFIRMED);
      for (Duration before : REMINDERS) {
        VAlarm alarm = new VAlarm(before.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description("Starts soon: " + session.title()));
        event.add(alarm);
      }
    }
    return event;
  }
}
