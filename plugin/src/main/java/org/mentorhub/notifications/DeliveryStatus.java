package org.mentorhub.notifications;

/** Where an outbox row stands; DEAD rows gave up after the retry window and are kept to inspect. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  /** Nothing to send after all, e.g. the member turned that email off or has no address. */
  SKIPPED,
  DEAD
}
