package org.mentorhub.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** What a mentee is looking for; its id is the mentee's member id. */
@Entity
@Table(name = "mentee_profile")
public class MenteeProfile {

  @Id private String id;

  @Column(nullable = false)
  private String goals;

  private String industry;

  // A JSON array (see TagColumn); languages() hands out the list.
  @Column(nullable = false)
  private String languages = TagColumn.EMPTY;

  @Column(nullable = false)
  private String country;

  @Column(nullable = false)
  private String timezone;

  @Column(nullable = false)
  private String stage;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected MenteeProfile() {}

  static MenteeProfile create(String memberId, MenteeProfileInput input, Instant now) {
    MenteeProfile profile = new MenteeProfile();
    profile.id = memberId;
    profile.createdAt = now;
    profile.apply(input, now);
    return profile;
  }

  void apply(MenteeProfileInput given, Instant now) {
    MenteeProfileInput input = ProfileService.normalised(given);
    goals = input.goals();
    industry = input.industry();
    languages = TagColumn.write(input.languages());
    country = input.country();
    timezone = input.timezone();
    stage = input.stage();
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String goals() {
    return goals;
  }

  public String industry() {
    return industry;
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

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
