package org.mentorhub.webinars;

/** Whether a member has a seat or waits for one. */
public enum RegistrationStatus {
  REGISTERED,
  WAITLISTED
}
