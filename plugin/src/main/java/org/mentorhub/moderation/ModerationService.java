package org.mentorhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mentorhub.directory.ProfileService;
import org.mentorhub.directory.Visibility;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.problem.AccessDeniedException;
import org.mentorhub.platform.problem.ConflictException;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.Role;

/** The moderator queue: cases, assignment, actions that take effect at once, and the audit. */
@ApplicationScoped
public class ModerationService {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject ModerationConfig config;
  @Inject ProfileService profiles;
  @Inject MemberService members;
  @Inject jakarta.enterprise.event.Event<org.mentorhub.platform.events.MemberNotice> notices;

  @Transactional
  public ModerationViews.Queue queue(
      Caller moderator,
      String status,
      String category,
      String targetType,
      String assignee,
      String sort,
      Integer page,
      Integer size) {
    List<org.mentorhub.platform.problem.Violation> violations = new ArrayList<>();
    CaseStatus statusFilter = parse(CaseStatus.class, "status", status, violations);
    Category categoryFilter = parse(Category.class, "category", category, violations);
    TargetType typeFilter = parse(TargetType.class, "targetType", targetType, violations);
    String order = sort == null || sort.isBlank() ? "priority" : sort;
    if (!order.equals("priority") && !order.equals("age")) {
      violations.add(
          new org.mentorhub.platform.problem.Violation("sort", "must be priority or age"));
    }
    int p = page == null ? 1 : page;
    int s = size == null ? 20 : size;
    if (p < 1) {
      violations.add(new org.mentorhub.platform.problem.Violation("page", "must be 1 or more"));
    }
    if (s < 1 || s > 100) {
      violations.add(
          new org.mentorhub.platform.problem.Violation("size", "must be between 1 and 100"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("The queue parameters are invalid.", violations);
    }
    StringBuilder where =
        new StringBuilder(" WHERE (c.targetMembers IS NULL OR c.targetMembers NOT LIKE :self)");
    if (statusFilter != null) {
      where.append(" AND c.status = :status");
    }
    if (typeFilter != null) {
      where.append(" AND c.targetType = :type");
    }
    if (assignee != null && !assignee.isBlank()) {
      where.append(" AND c.assigneeId = :assignee");
    }
    if (categoryFilter != null) {
      where.append(
          " AND EXISTS (SELECT r FROM ModerationReport r WHERE r.caseId = c.id AND r.category = :category)");
    }
    String orderBy =
        order.equals("age")
            ? " ORDER BY c.openedAt ASC"
            : " ORDER BY c.priority DESC, c.openedAt ASC";
    TypedQuery<ModerationCase> select =
        em.createQuery("SELECT c FROM ModerationCase c" + where + orderBy, ModerationCase.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM ModerationCase c" + where, Long.class);
    for (TypedQuery<?> q : List.of(select, count)) {
      // A moderator never sees cases about themselves; "%id%" over the comma list is exact
      // enough because member ids in one case are compared again before any action.
      q.setParameter("self", "%" + moderator.id() + "%");
      if (statusFilter != null) {
        q.setParameter("status", statusFilter);
      }
      if (typeFilter != null) {
        q.setParameter("type", typeFilter);
      }
      if (assignee != null && !assignee.isBlank()) {
        q.setParameter("assignee", assignee);
      }
      if (categoryFilter != null) {
        q.setParameter("category", categoryFilter);
      }
    }
    Instant now = clock.instant();
    List<ModerationViews.CaseSummary> cases =
        select.setFirstResult((p - 1) * s).setMaxResults(s).getResultList().stream()
            .map(c -> summary(c, now))
            .toList();
    return new ModerationViews.Queue(count.getSingleResult(), p, s, cases);
  }

  @Transactional
  public ModerationViews.CaseDetail detail(Caller moderator, String caseId) {
    ModerationCase c = visibleCase(moderator, caseId, false);
    List<ModerationViews.ReportDetail> reports =
        reports(c.id()).stream()
            .map(
                r ->
                    new ModerationViews.ReportDetail(
                        r.id(), r.reporterId(), r.category(), r.description(), r.createdAt()))
            .toList();
    return new ModerationViews.CaseDetail(
        summary(c, clock.instant()), reports, c.outcome(), c.closedAt());
  }

  @Transactional
  public ModerationViews.CaseSummary assign(Caller moderator, String caseId, AssignInput input) {
    ModerationCase c = visibleCase(moderator, caseId, true);
    String assignee =
        input == null || input.assigneeId() == null || input.assigneeId().isBlank()
            ? moderator.id()
            : input.assigneeId();
    if (!assignee.equals(moderator.id())) {
      boolean isModerator =
          members
              .find(assignee)
              .map(m -> m.roles().contains(Role.MODERATOR) || m.roles().contains(Role.ADMIN))
              .orElse(false);
      if (!isModerator) {
        throw new InvalidRequestException("assigneeId", "must be the id of a moderator");
      }
      if (c.isAbout(assignee)) {
        throw new InvalidRequestException("assigneeId", "cannot be a member the case is about");
      }
    }
    Instant now = clock.instant();
    String before = c.state();
    c.assign(assignee, now);
    ModerationAudit.append(em, c.id(), now, moderator.id(), "ASSIGN", assignee, before, c.state());
    return summary(c, now);
  }

  /**
   * Applies an action. Profile visibility changes go through the directory's outbox, so the mentor
   * leaves (or returns to) search on every node within the indexer's poll interval.
   */
  @Transactional
  public ModerationViews.CaseSummary act(Caller moderator, String caseId, ActionInput input) {
    ModerationCase c = visibleCase(moderator, caseId, true);
    Instant now = clock.instant();
    String before = c.state();
    String effect = "";
    Category worst = worstCategory(c.id());
    switch (input.kind()) {
      case DISMISS -> {}
      case WARN -> effect = sanction(c, Sanction.Kind.WARNING, worst, now);
      case HIDE_PROFILE -> effect = moderateProfile(c, Visibility.HIDDEN);
      case SUSPEND_MENTOR -> {
        effect = moderateProfile(c, Visibility.SUSPENDED);
        effect += ";" + sanction(c, Sanction.Kind.SUSPENSION, worst, now);
      }
      case REMOVE_FROM_SESSION -> {
        if (c.targetType() != TargetType.WEBINAR_SESSION) {
          throw new InvalidRequestException(
              "action", "REMOVE_FROM_SESSION applies to WEBINAR_SESSION cases");
        }
        effect = "removed from session " + c.targetId();
      }
      case RESTORE -> {
        effect = moderateProfile(c, Visibility.VISIBLE);
        em.createQuery("SELECT s FROM Sanction s WHERE s.caseId = :c", Sanction.class)
            .setParameter("c", c.id())
            .getResultList()
            .forEach(s -> s.lift(now));
      }
    }
    boolean wasOpen = c.status().isOpen();
    c.close(input.kind(), now);
    if (wasOpen) {
      // Reporters learn the status of their own report, never who else reported or what was done.
      for (ModerationReport report : reports(c.id())) {
        notices.fire(
            new org.mentorhub.platform.events.MemberNotice(
                report.reporterId(),
                org.mentorhub.platform.events.NoticeType.REPORT_OUTCOME,
                java.util.Map.of("reportId", report.id(), "status", c.status().name()),
                now));
      }
    }
    ModerationAudit.append(
        em,
        c.id(),
        now,
        moderator.id(),
        input.kind().name(),
        input.note().strip(),
        before,
        c.state() + (effect.isEmpty() ? "" : "," + effect));
    return summary(c, now);
  }

  @Transactional
  public List<AuditEntry.View> audit(Caller moderator, String caseId) {
    ModerationCase c = visibleCase(moderator, caseId, false);
    return ModerationAudit.of(em, c.id());
  }

  /** Time to first action and to resolution over closed cases, for admins. */
  @Transactional
  public ModerationViews.Metrics metrics() {
    Instant now = clock.instant();
    List<ModerationCase> all =
        em.createQuery("SELECT c FROM ModerationCase c", ModerationCase.class).getResultList();
    List<Double> firstAction = new ArrayList<>();
    List<Double> resolution = new ArrayList<>();
    long open = 0;
    long overdue = 0;
    for (ModerationCase c : all) {
      if (c.status().isOpen()) {
        open++;
        overdue += c.isOverdue(now, config.overdueHours()) ? 1 : 0;
      }
      if (c.firstActionAt() != null) {
        firstAction.add(minutes(c.openedAt(), c.firstActionAt()));
      }
      if (c.closedAt() != null) {
        resolution.add(minutes(c.openedAt(), c.closedAt()));
      }
    }
    return new ModerationViews.Metrics(
        open,
        overdue,
        percentile(firstAction, 0.5),
        percentile(firstAction, 0.9),
        percentile(resolution, 0.5),
        percentile(resolution, 0.9));
  }

  private String moderateProfile(ModerationCase c, Visibility to) {
    String mentorId =
        switch (c.targetType()) {
          case MENTOR_PROFILE, MEMBER -> c.targetId();
          default ->
              throw new InvalidRequestException(
                  "action", "applies to MENTOR_PROFILE or MEMBER cases");
        };
    Visibility before =
        profiles
            .moderate(mentorId, to)
            .orElseThrow(() -> new ConflictException("The member has no mentor profile."));
    return "visibility " + before + "->" + to;
  }

  private String sanction(ModerationCase c, Sanction.Kind kind, Category category, Instant now) {
    if (c.targetMembers().isEmpty()) {
      throw new InvalidRequestException("action", "this case is not about a member");
    }
    for (String member : c.targetMembers()) {
      em.persist(new Sanction(member, kind, category, c.id(), now));
      notices.fire(
          new org.mentorhub.platform.events.MemberNotice(
              member,
              org.mentorhub.platform.events.NoticeType.SANCTION,
              java.util.Map.of("kind", kind.name(), "category", category.name()),
              now));
    }
    return kind.name().toLowerCase() + " " + String.join(",", c.targetMembers());
  }

  private Category worstCategory(String caseId) {
    return reports(caseId).stream()
        .map(ModerationReport::category)
        .max((a, b) -> Integer.compare(a.severity(), b.severity()))
        .orElse(Category.OTHER);
  }

  private List<ModerationReport> reports(String caseId) {
    return em.createQuery(
            "SELECT r FROM ModerationReport r WHERE r.caseId = :c ORDER BY r.createdAt",
            ModerationReport.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  private ModerationCase visibleCase(Caller moderator, String caseId, boolean lock) {
    ModerationCase c =
        lock
            ? em.find(ModerationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(ModerationCase.class, caseId);
    if (c == null) {
      throw new ResourceNotFoundException("case", caseId);
    }
    if (c.isAbout(moderator.id())) {
      throw new AccessDeniedException("This case is about you; another moderator must handle it.");
    }
    return c;
  }

  private ModerationViews.CaseSummary summary(ModerationCase c, Instant now) {
    List<ModerationReport> reports = reports(c.id());
    return new ModerationViews.CaseSummary(
        c.id(),
        c.targetType(),
        c.targetId(),
        c.status(),
        c.priority(),
        reports.size(),
        reports.stream().map(ModerationReport::category).distinct().toList(),
        c.assigneeId(),
        c.openedAt(),
        c.isOverdue(now, config.overdueHours()));
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type,
      String field,
      String value,
      List<org.mentorhub.platform.problem.Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      violations.add(
          new org.mentorhub.platform.problem.Violation(field, "is not a known " + field));
      return null;
    }
  }

  private static double minutes(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 60_000.0;
  }

  private static Double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
  }
}
