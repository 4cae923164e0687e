package org.mentorhub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mentorhub.platform.events.TrackCompleted;
import org.mentorhub.training.TrainingService;

/**
 * A mentor who completes the foundations track enters the directory at once: the completion's own
 * transaction also writes the outbox row, so the two commit together.
 */
@ApplicationScoped
public class TrainingGate {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  void onTrackCompleted(@Observes TrackCompleted completed) {
    if (TrainingService.MENTORING_FOUNDATIONS.equals(completed.trackSlug())) {
      IndexOutbox.record(em, completed.memberId(), completed.at());
    }
  }
}
