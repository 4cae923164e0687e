package org.mentorhub.webinars;

/** Whether a session will take place; a cancelled one stays visible so calendars can drop it. */
public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
