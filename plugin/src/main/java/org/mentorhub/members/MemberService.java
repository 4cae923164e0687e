package org.mentorhub.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.Role;

/** Keeps member rows in step with the host's tokens and answers who a member is. */
@ApplicationScoped
public class MemberService {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject jakarta.enterprise.inject.Instance<MemberStanding> standing;

  /**
   * Creates the member on first use and refreshes name, email and roles when the token says
   * otherwise; a member whose details did not change costs one primary-key read.
   */
  @Transactional
  public void syncFromToken(Caller caller) {
    Instant now = clock.instant();
    Member member = em.find(Member.class, caller.id());
    if (member == null) {
      em.persist(Member.fromCaller(caller, now));
    } else {
      member.refreshFrom(caller, now);
    }
  }

  @Transactional
  public Optional<Member> find(String id) {
    return Optional.ofNullable(em.find(Member.class, id));
  }

  /** The caller as {@code /me} shows them, with their personal calendar feed URL. */
  @Transactional
  public MeView me(Caller caller, String baseUrl) {
    Member member = em.find(Member.class, caller.id());
    if (member == null) {
      member = Member.fromCaller(caller, clock.instant());
      em.persist(member);
    }
    List<String> roles = member.roles().stream().map(Role::groupName).toList();
    String feedUrl = baseUrl + "calendar/" + member.calendarFeedToken() + ".ics";
    List<MeView.SanctionView> sanctions =
        standing.stream().flatMap(s -> s.sanctions(caller.id()).stream()).toList();
    return new MeView(member.id(), member.name(), member.email(), roles, feedUrl, sanctions);
  }

  /** The member whose calendar feed URL carries this secret token. */
  @Transactional
  public Optional<Member> findByFeedToken(String feedToken) {
    return em
        .createQuery("SELECT m FROM Member m WHERE m.calendarFeedToken = :t", Member.class)
        .setParameter("t", feedToken)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Replaces the caller's feed token, so the old feed URL stops working; returns the new one. */
  @Transactional
  public String regenerateFeedToken(Caller caller) {
    Member member = em.find(Member.class, caller.id());
    if (member == null) {
      member = Member.fromCaller(caller, clock.instant());
      em.persist(member);
    }
    member.regenerateFeedToken(clock.instant());
    return member.calendarFeedToken();
  }
}
