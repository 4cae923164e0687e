package org.mentorhub.directory;

import java.time.Instant;
import java.util.List;

/** A mentor profile as the API shows it. */
public record MentorProfileView(
    String id,
    String name,
    String headline,
    String bio,
    List<String> industries,
    List<String> expertise,
    List<String> languages,
    String country,
    String timezone,
    String stage,
    Integer yearsInBusiness,
    int maxMentees,
    boolean accepting,
    Visibility visibility,
    Instant updatedAt,
    long version) {

  static MentorProfileView of(MentorProfile p) {
    return new MentorProfileView(
        p.id(),
        p.name(),
        p.headline(),
        p.bio(),
        p.industries(),
        p.expertise(),
        p.languages(),
        p.country(),
        p.timezone(),
        p.stage(),
        p.yearsInBusiness(),
        p.maxMentees(),
        p.accepting(),
        p.visibility(),
        p.updatedAt(),
        p.version());
  }
}
