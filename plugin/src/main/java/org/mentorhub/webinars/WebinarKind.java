package org.mentorhub.webinars;

/** What a webinar is for: onboarding of new members, or a mentor's recurring office hours. */
public enum WebinarKind {
  ONBOARDING,
  OFFICE_HOURS
}
