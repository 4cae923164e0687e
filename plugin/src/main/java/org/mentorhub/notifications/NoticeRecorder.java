package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.mentorhub.platform.events.MemberNotice;

/**
 * Writes the outbox rows of a notice inside the transaction that fired it, so a notice exists
 * exactly when the change it tells of committed. Nothing is sent here; the {@link Deliverer} picks
 * the rows up.
 */
@ApplicationScoped
public class NoticeRecorder {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject NotificationsConfig config;
  @Inject NotificationPreferences preferences;

  @Transactional
  public void record(@Observes MemberNotice notice) {
    Preferences wanted = preferences.of(notice.recipientId());
    String eventId = UUID.randomUUID().toString();
    String body = NoticeEnvelope.json(eventId, notice);
    Instant now = clock.instant();
    if (config.webhookUrl().isPresent() && wanted.wantsHost(notice.type())) {
      em.persist(
          Delivery.pending(
              eventId,
              Channel.HOST,
              notice.recipientId(),
              notice.type(),
              body,
              notice.occurredAt(),
              now,
              false));
    }
    if (config.mailEnabled() && wanted.wantsEmail(notice.type())) {
      em.persist(
          Delivery.pending(
              eventId,
              Channel.EMAIL,
              notice.recipientId(),
              notice.type(),
              body,
              notice.occurredAt(),
              wanted.emailDueAt(now, config.digestHour()),
              wanted.digest() == Preferences.Digest.DAILY));
    }
  }
}
