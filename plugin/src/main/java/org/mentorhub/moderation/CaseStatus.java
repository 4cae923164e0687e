package org.mentorhub.moderation;

/** Where a case stands; reporters see this as their report's status. */
public enum CaseStatus {
  OPEN,
  IN_REVIEW,
  RESOLVED,
  DISMISSED;

  boolean isOpen() {
    return this == OPEN || this == IN_REVIEW;
  }
}
