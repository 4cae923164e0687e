package org.mentorhub.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorhub.directory.MentorshipRequestService;
import org.mentorhub.platform.events.MemberNotice;
import org.mentorhub.platform.events.NoticeType;
import org.mentorhub.webinars.WebinarService;

/**
 * Every minute on every node, looks for sessions starting within the hour and pending requests
 * expiring within a day, and fires each reminder once through {@link ReminderClaims} (a database
 * claim, so restarts and several nodes neither lose nor repeat one). Looking at the whole coming
 * window, not only "exactly one hour ahead", means a reminder missed while every node was down is
 * still sent late rather than never.
 */
@ApplicationScoped
public class ReminderScheduler {

  static final Duration SESSION_LEAD = Duration.ofHours(1);
  static final Duration REQUEST_LEAD = Duration.ofHours(24);

  private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject NotificationsConfig config;
  @Inject ReminderClaims claims;
  @Inject WebinarService webinars;
  @Inject MentorshipRequestService requests;
  @Inject Clock clock;

  private volatile ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long every = Math.max(1000, config.reminderInterval().toMillis());
    task = executor.scheduleWithFixedDelay(this::run, 5000, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> t = task;
    if (t != null) {
      t.cancel(false);
    }
  }

  void run() {
    try {
      Instant now = clock.instant();
      for (WebinarService.Upcoming s : webinars.startingBetween(now, now.plus(SESSION_LEAD))) {
        for (String member : s.members()) {
          once(
              NoticeType.SESSION_STARTING,
              s.sessionId(),
              new MemberNotice(
                  member,
                  NoticeType.SESSION_STARTING,
                  Map.of(
                      "sessionId", s.sessionId(),
                      "title", s.title(),
                      "startsAt", s.startsAt().toString()),
                  now));
        }
      }
      for (MentorshipRequestService.Expiring r :
          requests.pendingExpiringBetween(now, now.plus(REQUEST_LEAD))) {
        once(
            NoticeType.REQUEST_EXPIRING,
            r.requestId(),
            new MemberNotice(
                r.mentorId(),
                NoticeType.REQUEST_EXPIRING,
                Map.of(
                    "requestId", r.requestId(),
                    "menteeId", r.menteeId(),
                    "expiresAt", r.expiresAt().toString()),
                now));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminder run failed: " + e.getMessage(), e);
    }
  }

  private void once(NoticeType kind, String subjectId, MemberNotice notice) {
    if (claims.fired(kind.name(), subjectId, notice.recipientId())) {
      return;
    }
    try {
      claims.fire(kind.name(), subjectId, notice);
    } catch (RuntimeException lost) {
      // Another node (or an earlier run) inserted the same reminder first: it is fired already.
      LOG.log(Level.FINE, "Reminder " + kind + " " + subjectId + " already claimed", lost);
    }
  }
}
