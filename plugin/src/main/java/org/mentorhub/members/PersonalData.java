package org.mentorhub.members;

/**
 * One feature's share of what Mentor Hub holds about a member, for the right of access (export) and
 * the right to erasure. Each feature that stores anything keyed by a member implements it as a CDI
 * bean; the member service gathers every implementation, so no feature needs to know the others.
 */
public interface PersonalData {

  /** The key of this feature's part of the export document, e.g. {@code "mentorships"}. */
  String section();

  /**
   * Everything this feature holds about the member, as JSON-serialisable records, lists and maps.
   * Runs inside the caller's transaction. Never includes reports about the member or who filed
   * them.
   */
  Object export(String memberId);

  /**
   * Deletes the member's personal fields and private content, and replaces the member's id with
   * {@code pseudonym} wherever a row must stay for statistics or moderation history. Runs inside
   * the caller's transaction; must be idempotent (a second call finds nothing to change).
   */
  void erase(String memberId, String pseudonym);
}
