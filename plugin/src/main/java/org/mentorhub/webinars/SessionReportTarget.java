package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mentorhub.moderation.ReportTargetResolver;
import org.mentorhub.moderation.TargetType;

/** Lets members report a webinar session; the case concerns its host. */
@ApplicationScoped
public class SessionReportTarget implements ReportTargetResolver {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Override
  public TargetType type() {
    return TargetType.WEBINAR_SESSION;
  }

  @Override
  @Transactional
  public Optional<List<String>> membersConcerned(String id) {
    WebinarSession session = em.find(WebinarSession.class, id);
    return session == null ? Optional.empty() : Optional.of(List.of(session.hostId()));
  }
}
