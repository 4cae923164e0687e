package org.mentorhub.members;

import java.util.List;

/** What {@code GET /api/v1/me} answers: who the caller is here and what applies to them. */
public record MeView(
    String id,
    String name,
    String email,
    List<String> roles,
    String calendarFeedUrl,
    List<SanctionView> sanctions) {

  /** A warning or suspension a moderator applied to this member, with its reason category. */
  public record SanctionView(String kind, String category, java.time.Instant at) {}
}
