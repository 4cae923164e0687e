package org.mentorhub.moderation;

/** What a report is about. */
public enum TargetType {
  MEMBER,
  MENTOR_PROFILE,
  MENTORSHIP_REQUEST,
  WEBINAR_SESSION,
  LESSON
}
