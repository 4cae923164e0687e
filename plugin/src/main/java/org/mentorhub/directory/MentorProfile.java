package org.mentorhub.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A mentor's public profile; its id is the mentor's member id. */
@Entity
@Table(name = "mentor_profile")
public class MentorProfile {

  static final int DEFAULT_MAX_MENTEES = 3;

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String headline;

  private String bio;

  // Each a JSON array (see TagColumn); the accessors below hand out lists.
  @Column(nullable = false)
  private String industries = TagColumn.EMPTY;

  @Column(nullable = false)
  private String expertise = TagColumn.EMPTY;

  @Column(nullable = false)
  private String languages = TagColumn.EMPTY;

  @Column(nullable = false)
  private String country;

  @Column(nullable = false)
  private String timezone;

  private String stage;

  @Column(name = "years_in_business")
  private Integer yearsInBusiness;

  @Column(name = "max_mentees", nullable = false)
  private int maxMentees;

  @Column(nullable = false)
  private boolean accepting;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected MentorProfile() {}

  /** A new, visible profile for the given member. */
  static MentorProfile create(String memberId, MentorProfileInput input, Instant now) {
    MentorProfile profile = new MentorProfile();
    profile.id = memberId;
    profile.visibility = Visibility.VISIBLE;
    profile.createdAt = now;
    profile.apply(input, now);
    return profile;
  }

  /** Takes the mentor's edits; moderation state is not theirs to change. */
  void apply(MentorProfileInput given, Instant now) {
    MentorProfileInput input = ProfileService.normalised(given);
    name = input.name();
    headline = input.headline();
    bio = input.bio();
    industries = TagColumn.write(input.industries());
    expertise = TagColumn.write(input.expertise());
    languages = TagColumn.write(input.languages());
    country = input.country();
    timezone = input.timezone();
    stage = input.stage();
    yearsInBusiness = input.yearsInBusiness();
    maxMentees = input.maxMentees();
    accepting = input.accepting();
    updatedAt = now;
  }

  /** A moderator's decision on whether the profile may be shown; the mentor cannot undo it. */
  void moderate(Visibility to, Instant now) {
    visibility = to;
    updatedAt = now;
  }

  /** The mentor stops taking new requests (they can reopen by editing their profile). */
  void closeToRequests(Instant now) {
    accepting = false;
    updatedAt = now;
  }

  /** Whether members other than the mentor and staff may see this profile. */
  public boolean isListed() {
    return visibility == Visibility.VISIBLE;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String headline() {
    return headline;
  }

  public String bio() {
    return bio;
  }

  public List<String> industries() {
    return TagColumn.read(industries);
  }

  public List<String> expertise() {
    return TagColumn.read(expertise);
  }

  public List<String> languages() {
    return TagColumn.read(languages);
  }

  public String country() {
    return country;
  }

  public String timezone() {
    return timezone;
  }

  public String stage() {
    return stage;
  }

  public Integer yearsInBusiness() {
    return yearsInBusiness;
  }

  public int maxMentees() {
    return maxMentees;
  }

  public boolean accepting() {
    return accepting;
  }

  public Visibility visibility() {
    return visibility;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
