package org.mentorhub.notifications;

/** How a notice reaches a member: through the host site's webhook, or by email. */
public enum Channel {
  HOST,
  EMAIL
}
