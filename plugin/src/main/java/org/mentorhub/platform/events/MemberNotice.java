package org.mentorhub.platform.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * Something a member should hear about without opening a page. Features fire it synchronously
 * inside the transaction that caused it ({@code Event<MemberNotice>.fire}), so the notification
 * outbox row commits or rolls back with the change itself; a feature never calls the notification
 * service directly.
 *
 * @param recipientId the member to tell
 * @param data small, JSON-serialisable facts about the event (ids, titles, times as ISO-8601
 *     strings); never another member's email or a reporter's identity
 */
public record MemberNotice(
    String recipientId, NoticeType type, Map<String, Object> data, Instant occurredAt) {
  public MemberNotice {
    requireNonNull(recipientId, "recipientId");
    requireNonNull(type, "type");
    requireNonNull(occurredAt, "occurredAt");
    data = data == null ? Map.of() : Map.copyOf(data);
  }
}
