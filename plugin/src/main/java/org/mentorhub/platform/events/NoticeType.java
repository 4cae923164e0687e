package org.mentorhub.platform.events;

/**
 * What a {@link MemberNotice} tells a member about; the notification feature turns each into a host
 * webhook and, when the member wants it, an email.
 */
public enum NoticeType {
  REQUEST_RECEIVED,
  REQUEST_ACCEPTED,
  REQUEST_DECLINED,
  REQUEST_EXPIRING,
  WAITLIST_PROMOTED,
  SESSION_CHANGED,
  SESSION_CANCELLED,
  SESSION_STARTING,
  RECORDING_AVAILABLE,
  REPORT_OUTCOME,
  SANCTION,
  CHECK_IN_OVERDUE,
  SURVEY_DUE,
  REENGAGEMENT_NUDGE
}
