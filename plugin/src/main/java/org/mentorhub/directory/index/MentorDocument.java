package org.mentorhub.directory.index;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the index holds of one mentor, read from the database (the truth) whenever it changes.
 *
 * @param listed whether other members may find this mentor: visible, trained when that is required,
 *     and not both at capacity and closed to requests
 * @param seatsLeft how many more mentees the mentor can take now
 */
public record MentorDocument(
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
    int seatsLeft,
    boolean accepting,
    boolean listed) {

  public MentorDocument {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(headline, "headline");
    industries = List.copyOf(industries);
    expertise = List.copyOf(expertise);
    languages = List.copyOf(languages);
  }
}
