package org.mentorhub.webinars;

/**
 * The vocabulary of the presence log ({@code webinar_presence}): one row per join, leave or room
 * end as the webhook reported it, written and read in plain JDBC by {@link AttendanceBook}, which
 * folds attendance from them.
 */
final class PresenceRecord {

  /** The participant key of events that concern the whole room. */
  static final String ROOM = "*";

  private PresenceRecord() {}

  /**
   * Someone in a meeting: a member (key = member id) or a guest without a member id here (key
   * {@code guest:<connection>}), kept apart so a guest never adds minutes to a member.
   */
  record Participant(String key, String memberId, String name) {}
}
