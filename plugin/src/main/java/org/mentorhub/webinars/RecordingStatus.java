package org.mentorhub.webinars;

/** Where a recording's copy stands: waiting, copied into our storage, or given up on. */
public enum RecordingStatus {
  PENDING,
  COPIED,
  FAILED
}
