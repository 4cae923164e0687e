package org.mentorhub.mentorships;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.directory.IndexOutbox;
import org.mentorhub.members.Member;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.problem.AccessDeniedException;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.problem.Violation;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.Role;

/**
 * Mentorships and what keeps them on track: goals with progress and celebrated wins, check-ins on a
 * cadence with next steps that carry over until done. Only the two members read and change a
 * mentorship; admins may read it; to everyone else it does not exist.
 */
@ApplicationScoped
public class MentorshipService {

  static final String MENTORSHIP = "mentorship";

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject MentorshipsConfig config;
  @Inject MemberService members;

  /**
   * Starts the mentorship of an accepted request, in the caller's transaction, so the acceptance
   * and the mentorship commit together.
   */
  @Transactional
  public String start(String requestId, String mentorId, String menteeId, Instant now) {
    Mentorship m = Mentorship.start(requestId, mentorId, menteeId, config.cadenceDays(), now);
    em.persist(m);
    return m.id();
  }

  /** Seats a mentor's mentorships take: the active and paused ones. */
  @Transactional
  public long seatsTaken(String mentorId) {
    return em.createQuery(
            "SELECT COUNT(m) FROM Mentorship m WHERE m.mentorId = :mentor AND m.status IN :holding",
            Long.class)
        .setParameter("mentor", mentorId)
        .setParameter("holding", List.of(MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED))
        .getSingleResult();
  }

  @Transactional
  public List<Views.MentorshipSummary> mine(Caller caller) {
    LocalDate today = today();
    List<Mentorship> list =
        em.createQuery(
                "SELECT m FROM Mentorship m WHERE m.mentorId = :me OR m.menteeId = :me"
                    + " ORDER BY m.startedAt DESC",
                Mentorship.class)
            .setParameter("me", caller.id())
            .setMaxResults(500)
            .getResultList();
    Map<String, LocalDate> last = lastCheckIns(list.stream().map(Mentorship::id).toList());
    List<Views.MentorshipSummary> views = new ArrayList<>();
    for (Mentorship m : list) {
      LocalDate due = cadence(m).nextDue(startDate(m), last.get(m.id()));
      views.add(
          new Views.MentorshipSummary(
              m.id(),
              m.mentorId(),
              name(m.mentorId()),
              m.menteeId(),
              name(m.menteeId()),
              m.roleOf(caller.id()),
              m.status().name(),
              m.programmeId(),
              m.startedAt(),
              due,
              CheckInCadence.overdue(m.status(), due, today)));
    }
    return views;
  }

  @Transactional
  public Views.MentorshipDetail get(Caller caller, String id) {
    return detail(readable(caller, id), caller);
  }

  @Transactional
  public Views.MentorshipDetail pause(Caller caller, String id) {
    Mentorship m = writable(caller, id);
    m.pause();
    return detail(m, caller);
  }

  @Transactional
  public Views.MentorshipDetail resume(Caller caller, String id) {
    Mentorship m = writable(caller, id);
    m.resume();
    return detail(m, caller);
  }

  /** Completes or ends early; either way the mentor's seat frees in search at once. */
  @Transactional
  public Views.MentorshipDetail finish(
      Caller caller, String id, MentorshipStatus to, Inputs.ReasonInput input) {
    String reason = input == null ? null : input.reason();
    if (to == MentorshipStatus.ENDED_EARLY && (reason == null || reason.isBlank())) {
      throw new InvalidRequestException(
          "reason",
          "say briefly why the mentorship ends early; it helps staff improve matching and is"
              + " shown to the other side");
    }
    Mentorship m = writable(caller, id);
    Instant now = clock.instant();
    m.finish(to, reason, now);
    IndexOutbox.record(em, m.mentorId(), now);
    em.flush();
    return detail(m, caller);
  }

  @Transactional
  public Views.MentorshipDetail cadence(Caller caller, String id, Inputs.CadenceInput input) {
    Mentorship m = writable(caller, id);
    m.requireOpen();
    m.cadence(input.days());
    return detail(m, caller);
  }

  @Transactional
  public Views.GoalView addGoal(Caller caller, String id, Inputs.GoalInput input) {
    Mentorship m = writable(caller, id);
    m.requireOpen();
    LocalDate today = today();
    List<Violation> violations = new ArrayList<>();
    if (input.targetDate().isBefore(today)) {
      violations.add(
          new Violation(
              "targetDate",
              "must be today or later: pick the date by which the target is reached"));
    }
    BigDecimal baseline =
        input.measure().baseline() == null ? BigDecimal.ZERO : input.measure().baseline();
    if (input.measure().target().compareTo(baseline) == 0) {
      violations.add(
          new Violation(
              "measure.target",
              "must differ from the baseline (" + baseline + "), or there is nothing to achieve"));
    }
    List<Inputs.MilestoneInput> milestones =
        input.milestones() == null ? List.of() : input.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      LocalDate due = milestones.get(i).dueDate();
      if (due.isAfter(input.targetDate()) || due.isBefore(today)) {
        violations.add(
            new Violation(
                "milestones[" + i + "].dueDate",
                "must fall between today and the goal's targetDate " + input.targetDate()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(
          violations.size() == 1
              ? "The field '" + violations.get(0).field() + "' is invalid."
              : violations.size() + " fields are invalid.",
          violations);
    }
    Instant now = clock.instant();
    Goal goal =
        new Goal(
            m.id(),
            input.statement(),
            input.measure().name(),
            input.measure().unit(),
            input.measure().target(),
            baseline,
            input.why(),
            input.targetDate(),
            caller.id(),
            now);
    em.persist(goal);
    for (int i = 0; i < milestones.size(); i++) {
      em.persist(
          new Milestone(goal.id(), i, milestones.get(i).title(), milestones.get(i).dueDate()));
    }
    em.flush();
    return goalView(goal);
  }

  /** Records a value; reaching the target for the first time is celebrated as an achievement. */
  @Transactional
  public Views.ProgressResult progress(
      Caller caller, String id, String goalId, Inputs.ProgressInput input) {
    Mentorship m = writable(caller, id);
    m.requireOpen();
    Goal goal = goal(m, goalId);
    Instant now = clock.instant();
    em.persist(new GoalProgress(goal.id(), input.value(), input.note(), caller.id(), now));
    Achievement achievement = null;
    if (goal.record(input.value(), now)) {
      achievement =
          new Achievement(
              m.id(), goal.id(), null, Achievement.GOAL, title("Goal reached", goal), now);
      em.persist(achievement);
    }
    em.flush();
    return new Views.ProgressResult(
        goalView(goal), achievement == null ? null : achievementView(achievement));
  }

  @Transactional
  public Views.AchievementView reachMilestone(
      Caller caller, String id, String goalId, String milestoneId) {
    Mentorship m = writable(caller, id);
    m.requireOpen();
    Goal goal = goal(m, goalId);
    Milestone milestone = em.find(Milestone.class, milestoneId);
    if (milestone == null || !milestone.goalId().equals(goal.id())) {
      throw new ResourceNotFoundException("milestone", milestoneId);
    }
    Instant now = clock.instant();
    milestone.reach(now);
    Achievement achievement =
        new Achievement(
            m.id(),
            goal.id(),
            milestone.id(),
            Achievement.MILESTONE,
            truncate("Milestone reached: " + milestone.title()),
            now);
    em.persist(achievement);
    em.flush();
    return achievementView(achievement);
  }

  @Transactional
  public Views.CheckInView checkIn(Caller caller, String id, Inputs.CheckInInput input) {
    Mentorship m = writable(caller, id);
    m.requireOpen();
    LocalDate today = today();
    if (input.date().isAfter(today.plusDays(1))) {
      throw new InvalidRequestException(
          "date", "must not be in the future: log a check-in once it has happened");
    }
    if (input.date().isBefore(startDate(m))) {
      throw new InvalidRequestException(
          "date", "must not be before the mentorship started on " + startDate(m));
    }
    Instant now = clock.instant();
    CheckIn checkIn =
        new CheckIn(m.id(), input.date(), input.minutes(), input.discussed(), caller.id(), now);
    em.persist(checkIn);
    List<NextStep> steps = new ArrayList<>();
    if (input.nextSteps() != null) {
      for (Inputs.NextStepInput s : input.nextSteps()) {
        NextStep step = new NextStep(m.id(), checkIn.id(), s.text(), s.owner(), s.dueDate());
        em.persist(step);
        steps.add(step);
      }
    }
    em.flush();
    return checkInView(checkIn, steps, today);
  }

  @Transactional
  public Views.NextStepView stepDone(Caller caller, String id, String stepId) {
    Mentorship m = writable(caller, id);
    NextStep step = em.find(NextStep.class, stepId);
    if (step == null || !step.mentorshipId().equals(m.id())) {
      throw new ResourceNotFoundException("next step", stepId);
    }
    step.done(caller.id(), clock.instant());
    em.flush();
    return stepView(step, today());
  }

  // --- reading -------------------------------------------------------------------------------

  Mentorship readable(Caller caller, String id) {
    Mentorship m = em.find(Mentorship.class, id);
    if (m == null || !(m.involves(caller.id()) || caller.has(Role.ADMIN))) {
      throw new ResourceNotFoundException(MENTORSHIP, id);
    }
    return m;
  }

  private Mentorship writable(Caller caller, String id) {
    // Lock the row before loading it, so changes to one mentorship run one after another.
    em.createNativeQuery("SELECT id FROM mentorship WHERE id = ?1 FOR UPDATE")
        .setParameter(1, id)
        .getResultList();
    Mentorship m = readable(caller, id);
    if (!m.involves(caller.id())) {
      throw new AccessDeniedException("Only the mentor and the mentee can change a mentorship.");
    }
    return m;
  }

  private Goal goal(Mentorship m, String goalId) {
    Goal goal = em.find(Goal.class, goalId);
    if (goal == null || !goal.mentorshipId().equals(m.id())) {
      throw new ResourceNotFoundException("goal", goalId);
    }
    return goal;
  }

  private Views.MentorshipDetail detail(Mentorship m, Caller caller) {
    LocalDate today = today();
    List<CheckIn> checkIns =
        em.createQuery(
                "SELECT c FROM CheckIn c WHERE c.mentorshipId = :m"
                    + " ORDER BY c.heldOn DESC, c.createdAt DESC",
                CheckIn.class)
            .setParameter("m", m.id())
            .getResultList();
    List<NextStep> steps =
        em.createQuery("SELECT s FROM NextStep s WHERE s.mentorshipId = :m", NextStep.class)
            .setParameter("m", m.id())
            .getResultList();
    Map<String, List<NextStep>> stepsByCheckIn = new HashMap<>();
    for (NextStep s : steps) {
      stepsByCheckIn.computeIfAbsent(s.checkInId(), k -> new ArrayList<>()).add(s);
    }
    LocalDate last = checkIns.isEmpty() ? null : checkIns.get(0).heldOn();
    LocalDate due = cadence(m).nextDue(startDate(m), last);
    YearMonth month = YearMonth.from(today);
    int minutesThisMonth =
        checkIns.stream()
            .filter(c -> YearMonth.from(c.heldOn()).equals(month))
            .mapToInt(CheckIn::minutes)
            .sum();
    Views.CheckInStatus status =
        new Views.CheckInStatus(
            m.cadenceDays(),
            last,
            due,
            CheckInCadence.overdue(m.status(), due, today),
            minutesThisMonth,
            config.monthlyMinutesTarget());
    List<Goal> goals =
        em.createQuery(
                "SELECT g FROM Goal g WHERE g.mentorshipId = :m ORDER BY g.createdAt", Goal.class)
            .setParameter("m", m.id())
            .getResultList();
    List<Achievement> achievements =
        em.createQuery(
                "SELECT a FROM Achievement a WHERE a.mentorshipId = :m ORDER BY a.achievedAt DESC",
                Achievement.class)
            .setParameter("m", m.id())
            .getResultList();
    List<Views.NextStepView> open =
        steps.stream()
            .filter(s -> s.doneAt() == null)
            .sorted(
                Comparator.comparing(
                    NextStep::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(s -> stepView(s, today))
            .toList();
    return new Views.MentorshipDetail(
        m.id(),
        m.mentorId(),
        name(m.mentorId()),
        m.menteeId(),
        name(m.menteeId()),
        m.roleOf(caller.id()),
        m.status().name(),
        m.endReason(),
        m.programmeId(),
        m.startedAt(),
        m.endedAt(),
        status,
        goals.stream().map(this::goalView).toList(),
        achievements.stream().map(MentorshipService::achievementView).toList(),
        open,
        checkIns.stream()
            .map(c -> checkInView(c, stepsByCheckIn.getOrDefault(c.id(), List.of()), today))
            .toList());
  }

  private Views.GoalView goalView(Goal g) {
    List<Views.MilestoneView> milestones =
        em
            .createQuery(
                "SELECT s FROM Milestone s WHERE s.goalId = :g ORDER BY s.ord", Milestone.class)
            .setParameter("g", g.id())
            .getResultList()
            .stream()
            .map(s -> new Views.MilestoneView(s.id(), s.title(), s.dueDate(), s.reachedAt()))
            .toList();
    List<Views.ProgressView> progress =
        em
            .createQuery(
                "SELECT p FROM GoalProgress p WHERE p.goalId = :g ORDER BY p.recordedAt",
                GoalProgress.class)
            .setParameter("g", g.id())
            .getResultList()
            .stream()
            .map(
                p ->
                    new Views.ProgressView(
                        p.id(), p.amount(), p.note(), p.authorId(), p.recordedAt()))
            .toList();
    return new Views.GoalView(
        g.id(),
        g.statement(),
        new Views.Measure(g.measureName(), g.measureUnit(), g.target(), g.baseline()),
        g.why(),
        g.targetDate(),
        g.status(),
        g.current(),
        g.achievedAt(),
        milestones,
        progress);
  }

  static Views.AchievementView achievementView(Achievement a) {
    return new Views.AchievementView(
        a.id(), a.kind(), a.goalId(), a.milestoneId(), a.title(), a.achievedAt());
  }

  private static Views.CheckInView checkInView(CheckIn c, List<NextStep> steps, LocalDate today) {
    return new Views.CheckInView(
        c.id(),
        c.heldOn(),
        c.minutes(),
        c.discussed(),
        c.authorId(),
        c.createdAt(),
        steps.stream().map(s -> stepView(s, today)).toList());
  }

  private static Views.NextStepView stepView(NextStep s, LocalDate today) {
    return new Views.NextStepView(
        s.id(),
        s.checkInId(),
        s.text(),
        s.owner(),
        s.dueDate(),
        s.doneAt() == null && s.dueDate() != null && today.isAfter(s.dueDate()),
        s.doneAt());
  }

  /** The latest check-in date of each of these mentorships that has one. */
  Map<String, LocalDate> lastCheckIns(List<String> mentorshipIds) {
    Map<String, LocalDate> last = new HashMap<>();
    if (mentorshipIds.isEmpty()) {
      return last;
    }
    for (int from = 0; from < mentorshipIds.size(); from += 500) {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT c.mentorshipId, MAX(c.heldOn) FROM CheckIn c WHERE c.mentorshipId IN :ids"
                      + " GROUP BY c.mentorshipId",
                  Object[].class)
              .setParameter(
                  "ids", mentorshipIds.subList(from, Math.min(mentorshipIds.size(), from + 500)))
              .getResultList();
      for (Object[] row : rows) {
        last.put((String) row[0], asLocalDate(row[1]));
      }
    }
    return last;
  }

  /** A date from an aggregate query, whichever type the JPA provider chose for it. */
  static LocalDate asLocalDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp at) {
      return at.toLocalDateTime().toLocalDate();
    }
    return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
  }

  private String name(String memberId) {
    return members.find(memberId).map(Member::name).orElse(memberId);
  }

  static CheckInCadence cadence(Mentorship m) {
    return new CheckInCadence(m.cadenceDays());
  }

  static LocalDate startDate(Mentorship m) {
    return LocalDate.ofInstant(m.startedAt(), ZoneOffset.UTC);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String title(String prefix, Goal goal) {
    return truncate(prefix + ": " + goal.statement());
  }

  private static String truncate(String text) {
    return text.length() <= 500 ? text : text.substring(0, 499) + "…";
  }
}
