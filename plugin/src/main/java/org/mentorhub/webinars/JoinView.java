package org.mentorhub.webinars;

import java.time.Instant;

/** A signed meeting link for the caller, and whether it makes them moderator. */
public record JoinView(String url, Instant expiresAt, boolean moderator) {}
