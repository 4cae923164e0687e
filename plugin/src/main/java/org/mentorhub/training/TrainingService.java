package org.mentorhub.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.mentorhub.content.LessonStep;
import org.mentorhub.content.QuizResult;
import org.mentorhub.content.QuizStep;
import org.mentorhub.content.ReflectionStep;
import org.mentorhub.content.Step;
import org.mentorhub.content.Track;
import org.mentorhub.content.WebinarKind;
import org.mentorhub.content.WebinarStep;
import org.mentorhub.members.Member;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.events.TrackCompleted;
import org.mentorhub.platform.events.WebinarAttended;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.security.Caller;

/**
 * Training tracks as members take them: enrolment with prerequisites, completing steps, graded quiz
 * attempts, certificates, and what other features need to know ({@link #hasCompleted}).
 *
 * <p>{@link TrackCompleted} is fired inside the transaction that completes a track; observers that
 * must only see committed completions use {@code @Observes(during = AFTER_SUCCESS)}.
 */
@ApplicationScoped
public class TrainingService {

  /** The track that lists a mentor in the directory when configured to. */
  public static final String MENTORING_FOUNDATIONS = "mentoring-foundations";

  private static final Logger LOG = Logger.getLogger(TrainingService.class.getName());

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject TrainingCatalog catalog;
  @Inject MemberService members;
  @Inject Event<TrackCompleted> trackCompleted;

  /** Every track in display order with the caller's progress. */
  @Transactional
  public List<TrackSummaryView> tracks(Caller caller) {
    Map<String, Enrollment> enrollments = enrollmentsOf(caller.id());
    Map<String, Map<String, StepCompletion>> completions = completionsOf(caller.id());
    return catalog.tracks().stream()
        .map(
            track ->
                TrackViews.summary(
                    track,
                    progress(
                        track,
                        enrollments.get(track.slug()),
                        completions.getOrDefault(track.slug(), Map.of()).keySet())))
        .toList();
  }

  /**
   * One track with its steps (lessons as HTML, quizzes without answers) and the caller's progress.
   */
  @Transactional
  public TrackView track(Caller caller, String slug) {
    Track track = catalog.track(slug);
    Map<String, StepCompletion> done = completionsOf(caller.id(), slug);
    TrackProgress progress =
        progress(track, enrollment(caller.id(), slug).orElse(null), done.keySet());
    return TrackViews.track(
        track, progress, done, catalog::lessonHtml, quizScoresOf(caller.id(), slug));
  }

  /**
   * Enrols the caller; enrolling again changes nothing.
   *
   * @throws MissingPrerequisitesException if a prerequisite track is not completed
   */
  @Transactional
  public MyTrackProgressView enrol(Caller caller, String slug) {
    Track track = catalog.track(slug);
    Enrollment enrollment = enrollment(caller.id(), slug).orElse(null);
    if (enrollment == null) {
      List<String> missing =
          track.prerequisites().stream()
              .filter(prerequisite -> !hasCompleted(caller.id(), prerequisite))
              .toList();
      if (!missing.isEmpty()) {
        throw new MissingPrerequisitesException(slug, missing);
      }
      enrollment = Enrollment.start(caller.id(), slug, clock.instant());
      insert(enrollment, slug);
    }
    // Steps done before enrolling (a webinar attended) count, and may finish the track at once.
    TrackProgress progress = completeIfDone(track, enrollment);
    return new MyTrackProgressView(slug, track.title(), enrollment.enrolledAt(), progress);
  }

  /**
   * Completes a lesson, or a reflection with the caller's answer (answering again replaces it).
   *
   * @throws StepNotCompletableException for quizzes and webinar steps, which complete in their own
   *     way
   */
  @Transactional
  public StepCompletionView completeStep(
      Caller caller, String slug, String stepId, CompletionInput input) {
    Track track = catalog.track(slug);
    Step step = catalog.step(track, stepId);
    String answer = null;
    if (step instanceof QuizStep) {
      throw new StepNotCompletableException(
          slug,
          stepId,
          "a quiz completes when an attempt reaches its pass mark (POST .../quiz-attempts).");
    } else if (step instanceof WebinarStep webinar) {
      throw new StepNotCompletableException(
          slug,
          stepId,
          "it completes itself when you attend a " + webinar.webinarKind() + " webinar session.");
    } else if (step instanceof ReflectionStep) {
      answer = input == null ? null : input.answer();
      if (answer == null || answer.isBlank()) {
        throw new InvalidRequestException("answer", "a reflection needs your answer");
      }
    } else if (!(step instanceof LessonStep)) {
      throw new IllegalStateException("Unknown kind of step: " + step.kind());
    }
    Enrollment enrollment = requireEnrollment(caller.id(), slug);
    StepCompletion completion =
        recordCompletion(caller.id(), slug, stepId, answer, clock.instant());
    TrackProgress progress = completeIfDone(track, enrollment);
    return new StepCompletionView(slug, stepId, completion.completedAt(), progress);
  }

  /**
   * Grades a quiz attempt on the server, keeps it, and completes the step when it passes.
   *
   * @throws InvalidRequestException naming {@code answers.<questionId>} for an unknown question or
   *     option
   */
  @Transactional
  public QuizAttemptView attemptQuiz(
      Caller caller, String slug, String stepId, QuizAttemptInput input) {
    Track track = catalog.track(slug);
    if (!(catalog.step(track, stepId) instanceof QuizStep quiz)) {
      throw new UnknownStepException(slug, "quiz", stepId);
    }
    QuizGrading graded = QuizGrading.grade(quiz, input.answers());
    QuizResult result = graded.result();
    Enrollment enrollment = requireEnrollment(caller.id(), slug);
    Instant now = clock.instant();
    QuizAttempt attempt =
        QuizAttempt.record(
            caller.id(), slug, stepId, graded.answersJson(), result.score(), result.passed(), now);
    em.persist(attempt);
    if (result.passed()) {
      recordCompletion(caller.id(), slug, stepId, null, now);
    }
    TrackProgress progress = completeIfDone(track, enrollment);
    return new QuizAttemptView(
        attempt.id(),
        result.score(),
        result.passed(),
        quiz.passMark(),
        graded.feedback(),
        progress);
  }

  /** The tracks the caller has enrolled in, in display order, with progress. */
  @Transactional
  public List<MyTrackProgressView> myProgress(Caller caller) {
    Map<String, Enrollment> enrollments = enrollmentsOf(caller.id());
    Map<String, Map<String, StepCompletion>> completions = completionsOf(caller.id());
    List<MyTrackProgressView> mine = new ArrayList<>();
    for (Track track : catalog.tracks()) {
      Enrollment enrollment = enrollments.get(track.slug());
      if (enrollment != null) {
        Set<String> done = completions.getOrDefault(track.slug(), Map.of()).keySet();
        mine.add(
            new MyTrackProgressView(
                track.slug(),
                track.title(),
                enrollment.enrolledAt(),
                progress(track, enrollment, done)));
      }
    }
    return mine;
  }

  /**
   * The caller's certificate of a completed track.
   *
   * @throws TrackNotCompletedException while steps remain
   */
  @Transactional
  public CertificateView certificate(Caller caller, String slug) {
    Track track = catalog.track(slug);
    Enrollment enrollment = requireEnrollment(caller.id(), slug);
    // A content update that retired the last missing step completes the track here.
    TrackProgress progress = completeIfDone(track, enrollment);
    if (!enrollment.isComplete()) {
      throw new TrackNotCompletedException(slug, progress);
    }
    return certificateOf(enrollment, track.title());
  }

  /**
   * A certificate by its verification code, for anyone to check.
   *
   * @throws UnknownCertificateException if no certificate has this code
   */
  @Transactional
  public CertificateView verify(String code) {
    if (!CertificateCode.isWellFormed(code)) {
      throw new UnknownCertificateException(code);
    }
    Enrollment enrollment =
        em.createQuery(
                "SELECT e FROM Enrollment e WHERE e.certificateCode = :code", Enrollment.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new UnknownCertificateException(code));
    String title =
        catalog.tracks().stream()
            .filter(t -> t.slug().equals(enrollment.trackSlug()))
            .map(Track::title)
            .findFirst()
            .orElse(enrollment.trackSlug());
    return certificateOf(enrollment, title);
  }

  /** Enrolments and completions per track and per current step, for staff. */
  @Transactional
  public TrainingInsightsView insights() {
    Map<String, Long> enrolled =
        counts("SELECT e.trackSlug, COUNT(e) FROM Enrollment e GROUP BY e.trackSlug");
    Map<String, Long> completed =
        counts(
            "SELECT e.trackSlug, COUNT(e) FROM Enrollment e WHERE e.completedAt IS NOT NULL"
                + " GROUP BY e.trackSlug");
    // Only enrolled members count, so webinar steps completed before enrolling do not skew it.
    Map<String, Long> steps = new HashMap<>();
    em.createQuery(
            "SELECT c.trackSlug, c.stepId, COUNT(c) FROM StepCompletion c, Enrollment e"
                + " WHERE e.memberId = c.memberId AND e.trackSlug = c.trackSlug"
                + " GROUP BY c.trackSlug, c.stepId",
            Object[].class)
        .getResultList()
        .forEach(row -> steps.put(row[0] + "/" + row[1], ((Number) row[2]).longValue()));
    List<TrainingInsightsView.TrackInsight> tracks =
        catalog.tracks().stream()
            .map(
                track ->
                    new TrainingInsightsView.TrackInsight(
                        track.slug(),
                        track.title(),
                        enrolled.getOrDefault(track.slug(), 0L),
                        completed.getOrDefault(track.slug(), 0L),
                        track.steps().stream()
                            .map(
                                step ->
                                    new TrainingInsightsView.StepInsight(
                                        step.id(),
                                        step.kind().name().toLowerCase(Locale.ROOT),
                                        step.title(),
                                        steps.getOrDefault(track.slug() + "/" + step.id(), 0L)))
                            .toList()))
            .toList();
    return new TrainingInsightsView(tracks);
  }

  /** Whether the member has completed the track (it stays completed after content updates). */
  @Transactional
  public boolean hasCompleted(String memberId, String slug) {
    return enrollment(memberId, slug).map(Enrollment::isComplete).orElse(false);
  }

  /** The ids of every member who has completed the track, in completion order. */
  @Transactional
  public Set<String> completedMembers(String slug) {
    return new LinkedHashSet<>(
        em.createQuery(
                "SELECT e.memberId FROM Enrollment e WHERE e.trackSlug = :slug"
                    + " AND e.completedAt IS NOT NULL ORDER BY e.completedAt, e.memberId",
                String.class)
            .setParameter("slug", slug)
            .getResultList());
  }

  /**
   * Whether attending a session of this kind completes any step. Office hours complete none in the
   * shipped tracks, and they are the sessions that run every week, so most attendance needs no
   * transaction of its own at all.
   */
  public boolean completesSteps(String webinarKind) {
    try {
      return !StepRef.webinarSteps(catalog.tracks(), WebinarKind.valueOf(webinarKind)).isEmpty();
    } catch (IllegalArgumentException e) {
      // recordAttendance logs the unknown kind.
      return true;
    }
  }

  /**
   * Completes every webinar step of the attended kind, in any track, and finishes the tracks of
   * enrolled members this completes. Runs in its own transaction: it is called after the attendance
   * was committed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAttendance(WebinarAttended attended) {
    WebinarKind kind;
    try {
      kind = WebinarKind.valueOf(attended.kind());
    } catch (IllegalArgumentException e) {
      LOG.warning("Attendance of a webinar of unknown kind " + attended.kind() + " ignored");
      return;
    }
    if (members.find(attended.memberId()).isEmpty()) {
      LOG.warning("Attendance of unknown member " + attended.memberId() + " ignored");
      return;
    }
    for (StepRef ref : StepRef.webinarSteps(catalog.tracks(), kind)) {
      recordCompletion(attended.memberId(), ref.trackSlug(), ref.stepId(), null, attended.at());
      Optional<Enrollment> enrollment = enrollment(attended.memberId(), ref.trackSlug());
      if (enrollment.isPresent()) {
        completeIfDone(catalog.track(ref.trackSlug()), enrollment.get());
      }
    }
  }

  private TrackProgress completeIfDone(Track track, Enrollment enrollment) {
    Set<String> done = completionsOf(enrollment.memberId(), track.slug()).keySet();
    TrackProgress progress = progress(track, enrollment, done);
    if (!progress.allStepsDone()) {
      return progress;
    }
    Instant now = clock.instant();
    if (enrollment.complete(now, CertificateCode.random())) {
      em.flush();
      trackCompleted.fire(new TrackCompleted(enrollment.memberId(), track.slug(), now));
    }
    return progress(track, enrollment, done);
  }

  private static TrackProgress progress(Track track, Enrollment enrollment, Set<String> done) {
    return enrollment == null
        ? TrackProgress.notEnrolled(track, done)
        : TrackProgress.of(
            track, done, true, enrollment.completedAt(), enrollment.certificateCode());
  }

  private StepCompletion recordCompletion(
      String memberId, String slug, String stepId, String answer, Instant now) {
    StepCompletion existing = completionsOf(memberId, slug).get(stepId);
    if (existing != null) {
      if (answer != null) {
        existing.reviseAnswer(answer);
      }
      return existing;
    }
    StepCompletion completion = StepCompletion.of(memberId, slug, stepId, answer, now);
    insert(completion, slug);
    return completion;
  }

  /**
   * Inserts a row whose natural key (member, track, step) is unique, flushing at once so a
   * simultaneous duplicate is refused with 409 rather than failing at commit.
   */
  private void insert(Object entity, String slug) {
    try {
      em.persist(entity);
      em.flush();
    } catch (PersistenceException e) {
      throw new SimultaneousProgressException(slug);
    }
  }

  private Enrollment requireEnrollment(String memberId, String slug) {
    return enrollment(memberId, slug).orElseThrow(() -> new NotEnrolledException(slug));
  }

  private Optional<Enrollment> enrollment(String memberId, String slug) {
    return em.createQuery(
            "SELECT e FROM Enrollment e WHERE e.memberId = :member AND e.trackSlug = :slug",
            Enrollment.class)
        .setParameter("member", memberId)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  private Map<String, Enrollment> enrollmentsOf(String memberId) {
    return em.createQuery("SELECT e FROM Enrollment e WHERE e.memberId = :member", Enrollment.class)
        .setParameter("member", memberId)
        .getResultStream()
        .collect(Collectors.toMap(Enrollment::trackSlug, Function.identity()));
  }

  private Map<String, Map<String, StepCompletion>> completionsOf(String memberId) {
    Map<String, Map<String, StepCompletion>> byTrack = new HashMap<>();
    em.createQuery(
            "SELECT c FROM StepCompletion c WHERE c.memberId = :member", StepCompletion.class)
        .setParameter("member", memberId)
        .getResultList()
        .forEach(
            c -> byTrack.computeIfAbsent(c.trackSlug(), s -> new HashMap<>()).put(c.stepId(), c));
    return byTrack;
  }

  private Map<String, StepCompletion> completionsOf(String memberId, String slug) {
    return em.createQuery(
            "SELECT c FROM StepCompletion c WHERE c.memberId = :member AND c.trackSlug = :slug",
            StepCompletion.class)
        .setParameter("member", memberId)
        .setParameter("slug", slug)
        .getResultStream()
        .collect(Collectors.toMap(StepCompletion::stepId, Function.identity()));
  }

  private Map<String, QuizScores> quizScoresOf(String memberId, String slug) {
    Map<String, QuizScores> scores = new HashMap<>();
    em.createQuery(
            "SELECT a.stepId, COUNT(a), MAX(a.score) FROM QuizAttempt a"
                + " WHERE a.memberId = :member AND a.trackSlug = :slug GROUP BY a.stepId",
            Object[].class)
        .setParameter("member", memberId)
        .setParameter("slug", slug)
        .getResultList()
        .forEach(
            row ->
                scores.put(
                    (String) row[0],
                    new QuizScores(((Number) row[1]).intValue(), ((Number) row[2]).intValue())));
    return scores;
  }

  private Map<String, Long> counts(String jpql) {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  private CertificateView certificateOf(Enrollment enrollment, String trackTitle) {
    String name =
        members.find(enrollment.memberId()).map(Member::name).orElse(enrollment.memberId());
    return new CertificateView(
        enrollment.certificateCode(),
        name,
        enrollment.trackSlug(),
        trackTitle,
        enrollment.completedAt());
  }
}
