package org.mentorhub.moderation;

/** Why something was reported, with how serious that is for the queue's priority. */
public enum Category {
  SAFETY(100),
  HARASSMENT(80),
  PRIVACY(70),
  INAPPROPRIATE(60),
  MISREPRESENTATION(50),
  NO_SHOW(30),
  SPAM(20),
  OTHER(10);

  private final int severity;

  Category(int severity) {
    this.severity = severity;
  }

  int severity() {
    return severity;
  }
}
