package org.mentorhub.moderation;

/** What a moderator can do about a case. */
public enum ModerationAction {
  DISMISS,
  WARN,
  HIDE_PROFILE,
  SUSPEND_MENTOR,
  REMOVE_FROM_SESSION,
  RESTORE
}
