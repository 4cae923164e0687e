package org.mentorhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorhub.directory.MentorshipRequestService;
import org.mentorhub.directory.ProfileService;
import org.mentorhub.directory.Visibility;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.Caller;

/** Members reporting problems: validated, rate-limited, grouped into one open case per target. */
@ApplicationScoped
public class ReportService {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject ModerationConfig config;
  @Inject CaseOpener opener;
  @Inject CasePriority priority;
  @Inject MemberService members;
  @Inject ProfileService profiles;
  @Inject MentorshipRequestService requests;

  @Transactional
  public ModerationViews.MyReport report(Caller reporter, ReportInput input) {
    List<String> targetMembers = targetMembers(input.type(), input.targetId());
    if (targetMembers.contains(reporter.id())
        && (input.type() == TargetType.MEMBER || input.type() == TargetType.MENTOR_PROFILE)) {
      throw new InvalidRequestException("targetId", "you cannot report yourself");
    }
    Instant now = clock.instant();
    // Make sure an open case exists; a concurrent report may win the insert, which is fine.
    if (findOpen(input).isEmpty()) {
      try {
        opener.tryOpen(input.type(), input.targetId(), targetMembers, now);
      } catch (RuntimeException lostTheRace) {
        // Another report opened the case first; the filing below finds and locks it.
      }
    }
    return file(reporter, input, now);
  }

  private ModerationViews.MyReport file(Caller reporter, ReportInput input, Instant now) {
    // One member's reports are filed one at a time, so the hourly limit cannot be raced past.
    em.createNativeQuery("SELECT id FROM member WHERE id = ?1 FOR UPDATE")
        .setParameter(1, reporter.id())
        .getResultList();
    List<Instant> lastHour =
        em.createQuery(
                "SELECT r.updatedAt FROM ModerationReport r WHERE r.reporterId = :me AND r.updatedAt > :since ORDER BY r.updatedAt",
                Instant.class)
            .setParameter("me", reporter.id())
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getResultList();
    if (lastHour.size() >= config.reportsPerHour()) {
      Duration wait = Duration.between(now, lastHour.get(0).plus(Duration.ofHours(1)));
      throw new TooManyReportsException(Math.max(1, wait.toSeconds()));
    }
    ModerationCase c =
        opener
            .lockOpen(em, input.type(), input.targetId())
            .orElseThrow(
                () -> new IllegalStateException("The case was closed while filing; retry"));
    ModerationReport report =
        em.createQuery(
                "SELECT r FROM ModerationReport r WHERE r.caseId = :c AND r.reporterId = :me",
                ModerationReport.class)
            .setParameter("c", c.id())
            .setParameter("me", reporter.id())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (report == null) {
      report =
          new ModerationReport(c.id(), reporter.id(), input.reason(), input.description(), now);
      em.persist(report);
    } else {
      report.revise(input.reason(), input.description(), now);
    }
    em.flush();
    String before = c.state();
    // Priority is recomputed from every report and written without a version bump: reports
    // arriving together must not make each other (or a moderator's action) fail as stale.
    em.createNativeQuery("UPDATE moderation_case SET priority = ?1 WHERE id = ?2")
        .setParameter(1, priority.of(em, c.id()))
        .setParameter(2, c.id())
        .executeUpdate();
    autoHide(c, now);
    ModerationAudit.append(
        em, c.id(), now, reporter.id(), "REPORTED", input.reason().name(), before, c.state());
    return new ModerationViews.MyReport(
        report.id(),
        c.targetType(),
        c.targetId(),
        report.category(),
        c.status(),
        report.createdAt());
  }

  /** The caller's reports and their status; never outcomes' details nor other reporters. */
  @Transactional
  public List<ModerationViews.MyReport> mine(Caller reporter) {
    return em
        .createQuery(
            "SELECT r, c FROM ModerationReport r, ModerationCase c WHERE c.id = r.caseId AND r.reporterId = :me ORDER BY r.createdAt DESC",
            Object[].class)
        .setParameter("me", reporter.id())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(
            row -> {
              ModerationReport r = (ModerationReport) row[0];
              ModerationCase c = (ModerationCase) row[1];
              return new ModerationViews.MyReport(
                  r.id(), c.targetType(), c.targetId(), r.category(), c.status(), r.createdAt());
            })
        .toList();
  }

  /** A mentor profile reported by enough distinct members is hidden until a moderator acts. */
  private void autoHide(ModerationCase c, Instant now) {
    if (c.targetType() != TargetType.MENTOR_PROFILE) {
      return;
    }
    long reporters =
        em.createQuery(
                "SELECT COUNT(DISTINCT r.reporterId) FROM ModerationReport r WHERE r.caseId = :c",
                Long.class)
            .setParameter("c", c.id())
            .getSingleResult();
    if (reporters >= config.autoHideReporters()) {
      Optional<Visibility> before = profiles.moderate(c.targetId(), Visibility.HIDDEN);
      if (before.isPresent() && before.get() == Visibility.VISIBLE) {
        ModerationAudit.append(
            em,
            c.id(),
            now,
            "system",
            "AUTO_HIDE",
            reporters + " members reported this profile",
            "visibility=VISIBLE",
            "visibility=HIDDEN");
      }
    }
  }

  private Optional<ModerationCase> findOpen(ReportInput input) {
    return em.createQuery(
            "SELECT c FROM ModerationCase c WHERE c.openKey = :key", ModerationCase.class)
        .setParameter("key", ModerationCase.openKey(input.type(), input.targetId()))
        .getResultStream()
        .findFirst();
  }

  /** Who a report is about; 404 when the target does not exist. */
  private List<String> targetMembers(TargetType type, String id) {
    return switch (type) {
      case MEMBER ->
          members
              .find(id)
              .map(m -> List.of(m.id()))
              .orElseThrow(() -> new ResourceNotFoundException("member", id));
      case MENTOR_PROFILE -> {
        if (!profiles.mentorProfileExists(id)) {
          throw new ResourceNotFoundException("mentor profile", id);
        }
        yield List.of(id);
      }
      case MENTORSHIP_REQUEST ->
          requests
              .parties(id)
              .orElseThrow(() -> new ResourceNotFoundException("mentorship request", id));
      case WEBINAR_SESSION, LESSON -> ReportTargets.resolve(type, id);
    };
  }
}
