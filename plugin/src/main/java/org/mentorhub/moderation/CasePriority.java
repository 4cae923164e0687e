package org.mentorhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A case's priority: the severity of its worst category times a weight that grows with each
 * distinct reporter, each counted by their track record (the share of their past reports that
 * moderators upheld; a new reporter counts as neutral, 0.5). Safety reports always come first.
 */
@ApplicationScoped
public class CasePriority {

  /** Added to safety cases so they outrank everything else. */
  static final int SAFETY_FLOOR = 100_000;

  int of(EntityManager em, String caseId) {
    List<ModerationReport> reports =
        em.createQuery(
                "SELECT r FROM ModerationReport r WHERE r.caseId = :c", ModerationReport.class)
            .setParameter("c", caseId)
            .getResultList();
    int severity = reports.stream().mapToInt(r -> r.category().severity()).max().orElse(0);
    double weight = 0;
    for (String reporter : reports.stream().map(ModerationReport::reporterId).distinct().toList()) {
      weight += accuracy(em, reporter, caseId);
    }
    int score = (int) Math.round(severity * (1 + 2 * weight));
    boolean safety = reports.stream().anyMatch(r -> r.category() == Category.SAFETY);
    return safety ? SAFETY_FLOOR + score : score;
  }

  /** (upheld + 1) / (closed + 2): Laplace's rule, so one report does not make a reputation. */
  static double accuracy(EntityManager em, String reporterId, String exceptCase) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT c.status, COUNT(r) FROM ModerationReport r, ModerationCase c WHERE c.id = r.caseId"
                    + " AND r.reporterId = :me AND c.id <> :except AND c.status IN :closed GROUP BY c.status",
                Object[].class)
            .setParameter("me", reporterId)
            .setParameter("except", exceptCase)
            .setParameter("closed", List.of(CaseStatus.RESOLVED, CaseStatus.DISMISSED))
            .getResultList();
    long upheld = 0;
    long closed = 0;
    for (Object[] row : rows) {
      long n = ((Number) row[1]).longValue();
      closed += n;
      if (row[0] == CaseStatus.RESOLVED) {
        upheld += n;
      }
    }
    return (upheld + 1.0) / (closed + 2.0);
  }
}
