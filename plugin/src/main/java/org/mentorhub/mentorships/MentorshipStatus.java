package org.mentorhub.mentorships;

/** Where a mentorship stands; ACTIVE and PAUSED ones hold one of the mentor's seats. */
public enum MentorshipStatus {
  ACTIVE,
  PAUSED,
  COMPLETED,
  ENDED_EARLY;

  /** Whether a mentorship in this state still takes one of the mentor's seats. */
  public boolean holdsSeat() {
    return this == ACTIVE || this == PAUSED;
  }
}
