package org.mentorhub.directory;

/** Whether a mentor profile may be shown; moderation moves it away from VISIBLE. */
public enum Visibility {
  VISIBLE,
  /** Hidden by a moderator or automatically after several reports, pending review. */
  HIDDEN,
  /** Suspended: hidden and may not host office hours. */
  SUSPENDED
}
