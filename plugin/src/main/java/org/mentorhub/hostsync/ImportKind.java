package org.mentorhub.hostsync;

/** What a bulk import file holds: one mentor profile per line, or one mentee's needs per line. */
public enum ImportKind {
  MENTORS,
  MENTEES
}
