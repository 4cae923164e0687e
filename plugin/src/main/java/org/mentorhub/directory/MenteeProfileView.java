package org.mentorhub.directory;

import java.time.Instant;
import java.util.List;

/** A mentee's needs as the API shows them to the mentee. */
public record MenteeProfileView(
    String id,
    String goals,
    String industry,
    List<String> languages,
    String country,
    String timezone,
    String stage,
    Instant updatedAt,
    long version) {

  static MenteeProfileView of(MenteeProfile p) {
    return new MenteeProfileView(
        p.id(),
        p.goals(),
        p.industry(),
        p.languages(),
        p.country(),
        p.timezone(),
        p.stage(),
        p.updatedAt(),
        p.version());
  }
}
