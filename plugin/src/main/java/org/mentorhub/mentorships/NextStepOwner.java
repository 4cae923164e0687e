package org.mentorhub.mentorships;

/** Who agreed to do a next step. */
public enum NextStepOwner {
  MENTOR,
  MENTEE
}
