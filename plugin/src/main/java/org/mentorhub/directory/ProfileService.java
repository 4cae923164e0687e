package org.mentorhub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.problem.StaleWriteException;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.Role;

/** Mentor profiles and mentee needs: who may read and write them, and in which version. */
@ApplicationScoped
public class ProfileService {

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;

  /** Creates or updates the caller's own mentor profile. */
  @Transactional
  public MentorProfileView saveOwnMentorProfile(Caller caller, MentorProfileInput input) {
    Instant now = clock.instant();
    MentorProfile profile = em.find(MentorProfile.class, caller.id());
    if (profile == null) {
      profile = MentorProfile.create(caller.id(), input, now);
      em.persist(profile);
    } else {
      checkVersion("mentor profile", caller.id(), input.version(), profile.version());
      profile.apply(input, now);
    }
    IndexOutbox.record(em, caller.id(), now);
    // Flush here so a concurrent edit surfaces as a 409 now, not as a failed commit later.
    em.flush();
    return MentorProfileView.of(profile);
  }

  /**
   * A mentor profile as the caller may see it: listed profiles for everyone, hidden or suspended
   * ones only for their owner and staff (to everyone else they do not exist).
   */
  @Transactional
  public MentorProfileView mentorProfile(Caller caller, String mentorId) {
    MentorProfile profile = em.find(MentorProfile.class, mentorId);
    if (profile == null
        || !(profile.isListed() || caller.id().equals(mentorId) || caller.has(Role.MODERATOR))) {
      throw new UnknownMentorException(mentorId);
    }
    return MentorProfileView.of(profile);
  }

  @Transactional
  public MenteeProfileView saveOwnMenteeProfile(Caller caller, MenteeProfileInput input) {
    Instant now = clock.instant();
    MenteeProfile profile = em.find(MenteeProfile.class, caller.id());
    if (profile == null) {
      profile = MenteeProfile.create(caller.id(), input, now);
      em.persist(profile);
    } else {
      checkVersion("mentee profile", caller.id(), input.version(), profile.version());
      profile.apply(input, now);
    }
    em.flush();
    return MenteeProfileView.of(profile);
  }

  @Transactional
  public MenteeProfileView ownMenteeProfile(Caller caller) {
    MenteeProfile profile = em.find(MenteeProfile.class, caller.id());
    if (profile == null) {
      throw new ResourceNotFoundException("mentee profile", caller.id());
    }
    return MenteeProfileView.of(profile);
  }

  /** Whether moderators suspended this mentor (who then may not host office hours either). */
  @Transactional
  public boolean isSuspended(String mentorId) {
    return em.createQuery(
                "SELECT COUNT(p) FROM MentorProfile p WHERE p.id = :id AND p.visibility = :suspended",
                Long.class)
            .setParameter("id", mentorId)
            .setParameter("suspended", Visibility.SUSPENDED)
            .getSingleResult()
        > 0;
  }

  /** Whether a mentor profile exists with this id, listed or not. */
  @Transactional
  public boolean mentorProfileExists(String mentorId) {
    // A count, not a find: loading the entity here would leave a copy in the caller's
    // persistence context that a later locking read would have to reconcile.
    return em.createQuery("SELECT COUNT(p) FROM MentorProfile p WHERE p.id = :id", Long.class)
            .setParameter("id", mentorId)
            .getSingleResult()
        > 0;
  }

  /**
   * Moderation's decision on a profile, effective in search as soon as the index applies the outbox
   * row written here; returns the visibility it had before, or empty if there is no profile.
   */
  @Transactional
  public java.util.Optional<Visibility> moderate(String mentorId, Visibility to) {
    MentorProfile profile = em.find(MentorProfile.class, mentorId);
    if (profile == null) {
      return java.util.Optional.empty();
    }
    // Locked and re-read: the caller's transaction may hold an older copy of this profile, and a
    // locking find would then fail its version check instead of reading the current row.
    em.refresh(profile, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    Visibility before = profile.visibility();
    if (before == to) {
      return java.util.Optional.of(before);
    }
    Instant now = clock.instant();
    profile.moderate(to, now);
    IndexOutbox.record(em, mentorId, now);
    return java.util.Optional.of(before);
  }

  /**
   * A mentor profile as it is stored: text trimmed, tags and codes normalised, defaults applied.
   * The profile endpoint and the bulk import both store exactly this.
   */
  public static MentorProfileInput normalised(MentorProfileInput in) {
    return new MentorProfileInput(
        in.name().trim(),
        in.headline().trim(),
        in.bio() == null || in.bio().isBlank() ? null : in.bio().strip(),
        Tags.normalise(in.industries()),
        Tags.normalise(in.expertise()),
        Tags.codes(in.languages(), false),
        in.country().trim().toUpperCase(Locale.ROOT),
        in.timezone().trim(),
        in.stage(),
        in.yearsInBusiness(),
        in.maxMentees() == null ? MentorProfile.DEFAULT_MAX_MENTEES : in.maxMentees(),
        in.accepting() == null || in.accepting(),
        in.version());
  }

  /** A mentee's needs as they are stored; shared with the bulk import like the mentor's. */
  public static MenteeProfileInput normalised(MenteeProfileInput in) {
    return new MenteeProfileInput(
        in.goals().strip(),
        in.industry() == null || in.industry().isBlank() ? null : in.industry().trim(),
        Tags.codes(in.languages(), false),
        in.country().trim().toUpperCase(Locale.ROOT),
        in.timezone().trim(),
        in.stage(),
        in.version());
  }

  private static void checkVersion(String kind, String id, Long sent, long current) {
    if (sent != null && sent != current) {
      throw new StaleWriteException(kind, id, sent, current);
    }
  }
}
