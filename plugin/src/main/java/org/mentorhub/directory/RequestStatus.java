package org.mentorhub.directory;

/** Where a mentorship request stands. */
public enum RequestStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  WITHDRAWN,
  EXPIRED;

  /** Open requests count against limits and block a second request between the same pair. */
  boolean isOpen() {
    return this == PENDING || this == ACCEPTED;
  }
}
