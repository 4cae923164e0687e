package org.mentorhub.content;

/** The kind of webinar whose attendance completes a {@link WebinarStep}. */
public enum WebinarKind {
  ONBOARDING,
  OFFICE_HOURS
}
