package org.mentorhub.directory;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mentorhub.mentorships.MentorshipService;
import org.mentorhub.platform.events.MemberNotice;
import org.mentorhub.platform.events.NoticeType;
import org.mentorhub.platform.problem.AccessDeniedException;
import org.mentorhub.platform.problem.ConflictException;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.Caller;

/**
 * Mentorship requests and their guards: one open request per pair, a few pending per mentee, and
 * never more accepted mentees than a mentor's capacity, even when accepts race.
 */
@ApplicationScoped
public class MentorshipRequestService {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject DirectoryConfig config;
  @Inject MentorshipService mentorships;
  @Inject jakarta.enterprise.event.Event<MemberNotice> notices;

  @Transactional
  public MentorshipRequestView create(Caller mentee, MentorshipRequestInput input) {
    Instant now = clock.instant();
    if (input.mentorId().equals(mentee.id())) {
      throw new InvalidRequestException("mentorId", "you cannot ask yourself to mentor you");
    }
    MentorProfile mentor = em.find(MentorProfile.class, input.mentorId());
    if (mentor == null || !mentor.isListed()) {
      throw new UnknownMentorException(input.mentorId());
    }
    if (!mentor.accepting()) {
      throw new ConflictException("This mentor is not accepting new requests at the moment.");
    }
    // Serialise this mentee's requests, so two at once cannot both pass the limit below.
    em.createNativeQuery("SELECT id FROM member WHERE id = ?1 FOR UPDATE")
        .setParameter(1, mentee.id())
        .getResultList();
    long pending =
        em.createQuery(
                "SELECT COUNT(r) FROM MentorshipRequest r WHERE r.menteeId = :mentee AND r.status = :pending AND r.expiresAt > :now",
                Long.class)
            .setParameter("mentee", mentee.id())
            .setParameter("pending", RequestStatus.PENDING)
            .setParameter("now", now)
            .getSingleResult();
    if (pending >= config.maxOpenRequests()) {
      throw new ConflictException(
          "You already have "
              + pending
              + " requests waiting for an answer; withdraw one or wait for replies before asking another mentor.");
    }
    long samePair =
        em.createQuery(
                "SELECT COUNT(r) FROM MentorshipRequest r WHERE r.mentorId = :mentor AND r.menteeId = :mentee"
                    + " AND (r.status = :accepted OR (r.status = :pending AND r.expiresAt > :now))",
                Long.class)
            .setParameter("mentor", mentor.id())
            .setParameter("mentee", mentee.id())
            .setParameter("accepted", RequestStatus.ACCEPTED)
            .setParameter("pending", RequestStatus.PENDING)
            .setParameter("now", now)
            .getSingleResult();
    if (samePair > 0) {
      throw new ConflictException("You already have an open request with this mentor.");
    }
    // An expired request still holds the pair key until the sweep runs; release it now.
    em.createQuery(
            "UPDATE MentorshipRequest r SET r.status = :expired, r.openPair = NULL WHERE r.openPair = :pair AND r.status = :pending")
        .setParameter("expired", RequestStatus.EXPIRED)
        .setParameter("pair", mentor.id() + "|" + mentee.id())
        .setParameter("pending", RequestStatus.PENDING)
        .executeUpdate();
    MentorshipRequest request =
        MentorshipRequest.open(
            mentor.id(),
            mentee.id(),
            input.ask(),
            input.offer(),
            now,
            now.plus(Duration.ofDays(config.requestExpiryDays())));
    em.persist(request);
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new ConflictException("You already have an open request with this mentor.");
    }
    notices.fire(
        new MemberNotice(
            mentor.id(),
            NoticeType.REQUEST_RECEIVED,
            java.util.Map.of(
                "requestId", request.id(),
                "menteeId", mentee.id(),
                "menteeName", mentee.name(),
                "expiresAt", request.expiresAt().toString()),
            now));
    return MentorshipRequestView.of(request, now);
  }

  /**
   * Accepts a pending request. The mentor's profile row is locked first, so concurrent accepts are
   * counted one after another and never exceed {@code maxMentees}.
   */
  @Transactional
  public MentorshipRequestView accept(Caller mentor, String requestId, RequestDecisionInput input) {
    Instant now = clock.instant();
    MentorshipRequest request = ownRequest(requestId, mentor, true);
    MentorProfile profile =
        em.find(MentorProfile.class, request.mentorId(), LockModeType.PESSIMISTIC_WRITE);
    // Seats are the mentor's active and paused mentorships: ending one frees its seat.
    long accepted = mentorships.seatsTaken(profile.id());
    if (accepted >= profile.maxMentees()) {
      throw new ConflictException(
          "You already mentor "
              + accepted
              + " people, your limit; raise maxMentees or end a mentorship first.");
    }
    request.accept(now);
    mentorships.start(request.id(), request.mentorId(), request.menteeId(), now);
    if (input != null && Boolean.TRUE.equals(input.stopAccepting())) {
      profile.closeToRequests(now);
    }
    IndexOutbox.record(em, profile.id(), now);
    em.flush();
    notifyMentee(request, mentor, NoticeType.REQUEST_ACCEPTED, now);
    return MentorshipRequestView.of(request, now);
  }

  @Transactional
  public MentorshipRequestView decline(
      Caller mentor, String requestId, RequestDecisionInput input) {
    Instant now = clock.instant();
    MentorshipRequest request = ownRequest(requestId, mentor, true);
    request.decline(input == null ? null : input.reason(), now);
    em.flush();
    notifyMentee(request, mentor, NoticeType.REQUEST_DECLINED, now);
    return MentorshipRequestView.of(request, now);
  }

  @Transactional
  public MentorshipRequestView withdraw(Caller mentee, String requestId) {
    Instant now = clock.instant();
    MentorshipRequest request = ownRequest(requestId, mentee, false);
    request.withdraw(now);
    em.flush();
    return MentorshipRequestView.of(request, now);
  }

  @Transactional
  public List<MentorshipRequestView> list(Caller caller, String role) {
    String column =
        switch (role == null ? "mentee" : role) {
          case "mentee" -> "menteeId";
          case "mentor" -> "mentorId";
          default -> throw new InvalidRequestException("role", "must be mentor or mentee");
        };
    Instant now = clock.instant();
    return em
        .createQuery(
            "SELECT r FROM MentorshipRequest r WHERE r."
                + column
                + " = :me ORDER BY r.createdAt DESC",
            MentorshipRequest.class)
        .setParameter("me", caller.id())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(r -> MentorshipRequestView.of(r, now))
        .toList();
  }

  @Transactional
  public MentorshipRequestView get(Caller caller, String requestId) {
    MentorshipRequest request = em.find(MentorshipRequest.class, requestId);
    if (request == null
        || !(request.mentorId().equals(caller.id()) || request.menteeId().equals(caller.id()))) {
      throw new ResourceNotFoundException("mentorship request", requestId);
    }
    return MentorshipRequestView.of(request, clock.instant());
  }

  /** The mentor and mentee of a request, for reports about it; empty if it does not exist. */
  @Transactional
  public java.util.Optional<List<String>> parties(String requestId) {
    MentorshipRequest request = em.find(MentorshipRequest.class, requestId);
    return request == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(List.of(request.mentorId(), request.menteeId()));
  }

  private void notifyMentee(
      MentorshipRequest request, Caller mentor, NoticeType type, Instant now) {
    notices.fire(
        new MemberNotice(
            request.menteeId(),
            type,
            java.util.Map.of(
                "requestId", request.id(), "mentorId", mentor.id(), "mentorName", mentor.name()),
            now));
  }

  /** A pending request about to expire, for the notifications' reminder. */
  public record Expiring(String requestId, String mentorId, String menteeId, Instant expiresAt) {}

  /** Pending requests whose expiry falls in {@code [from, to)}. */
  @Transactional
  public List<Expiring> pendingExpiringBetween(Instant from, Instant to) {
    return em
        .createQuery(
            "SELECT r FROM MentorshipRequest r WHERE r.status = :pending"
                + " AND r.expiresAt >= :from AND r.expiresAt < :to ORDER BY r.expiresAt",
            MentorshipRequest.class)
        .setParameter("pending", RequestStatus.PENDING)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(r -> new Expiring(r.id(), r.mentorId(), r.menteeId(), r.expiresAt()))
        .toList();
  }

  private MentorshipRequest ownRequest(String id, Caller caller, boolean asMentor) {
    MentorshipRequest request =
        em.find(MentorshipRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (request == null
        || !(request.mentorId().equals(caller.id()) || request.menteeId().equals(caller.id()))) {
      throw new ResourceNotFoundException("mentorship request", id);
    }
    String mine = asMentor ? request.mentorId() : request.menteeId();
    if (!mine.equals(caller.id())) {
      throw new AccessDeniedException(
          asMentor
              ? "Only the mentor can answer this request."
              : "Only the mentee can withdraw this request.");
    }
    return request;
  }

  /** Marks overdue pending requests expired, freeing their pair key, every five minutes. */
  @Singleton
  public static class ExpirySweep {
    @PersistenceContext(unitName = "mentorhub")
    EntityManager em;

    @Inject Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void expireOverdue() {
      em.createQuery(
              "UPDATE MentorshipRequest r SET r.status = :expired, r.openPair = NULL WHERE r.status = :pending AND r.expiresAt <= :now")
          .setParameter("expired", RequestStatus.EXPIRED)
          .setParameter("pending", RequestStatus.PENDING)
          .setParameter("now", clock.instant())
          .executeUpdate();
    }
  }
}
