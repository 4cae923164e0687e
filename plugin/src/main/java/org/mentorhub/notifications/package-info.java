/**
 * Notifications: every {@link org.mentorhub.platform.events.MemberNotice} becomes outbox rows in
 * the transaction that fired it, delivered to the host's webhook (signed, retried, in order per
 * recipient) and, when the member wants it, by email; plus members' preferences and scheduled
 * reminders that fire once across nodes.
 */
package org.mentorhub.notifications;
