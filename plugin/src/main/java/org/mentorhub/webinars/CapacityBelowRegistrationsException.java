package org.mentorhub.webinars;

import org.mentorhub.platform.problem.ConflictException;

/** A capacity change would leave registered members without a seat. */
public class CapacityBelowRegistrationsException extends ConflictException {
  public CapacityBelowRegistrationsException(String sessionId, int capacity, int registered) {
    super(
        "Session '"
            + sessionId
            + "' already has "
            + registered
            + " registered members; the capacity cannot go down to "
            + capacity
            + ".");
  }
}
