package org.mentorhub.members;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.Role;

/** A person of the host community, identified by the host's member id. */
@Entity
@Table(name = "member")
public class Member {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private String id;

  @Column(nullable = false)
  private String name;

  private String email;

  /** Comma-separated group names, as the last token gave them. */
  @Column(nullable = false)
  private String roles;

  /** The secret part of the personal calendar feed URL; regenerating it revokes the old URL. */
  @Column(name = "calendar_feed_token", nullable = false)
  private String calendarFeedToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Member() {}

  /** A member seen for the first time. */
  public static Member fromCaller(Caller caller, Instant now) {
    Member member = new Member();
    member.id = caller.id();
    member.createdAt = now;
    member.calendarFeedToken = newFeedToken();
    member.refreshFrom(caller, now);
    return member;
  }

  /**
   * Takes the name, email and roles of the latest token; returns whether anything changed, so an
   * unchanged member costs no write.
   */
  public boolean refreshFrom(Caller caller, Instant now) {
    requireNonNull(caller, "caller");
    String newRoles = encode(caller.roles());
    if (Objects.equals(name, caller.name())
        && Objects.equals(email, caller.email())
        && Objects.equals(roles, newRoles)) {
      return false;
    }
    name = caller.name();
    email = caller.email();
    roles = newRoles;
    updatedAt = now;
    return true;
  }

  /** Replaces the calendar feed secret, so a leaked feed URL stops working. */
  public void regenerateFeedToken(Instant now) {
    calendarFeedToken = newFeedToken();
    updatedAt = now;
  }

  /**
   * A new calendar feed secret: 144 random bits behind the creation time in milliseconds, 32
   * URL-safe characters. The time prefix keeps the secrets of members created together next to each
   * other in the column's unique index: a bulk import of a million members otherwise inserted every
   * one at a random place, and the database rewrote most of the index's pages for each chunk.
   */
  public static String newFeedToken() {
    return newFeedToken(System.currentTimeMillis());
  }

  static String newFeedToken(long millis) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    for (int i = 5; i >= 0; i--) {
      bytes[i] = (byte) millis;
      millis >>>= 8;
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String encode(Set<Role> roles) {
    return roles.stream().sorted().map(Role::groupName).collect(Collectors.joining(","));
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public Set<Role> roles() {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(","))
        .map(Role::fromGroup)
        .flatMap(java.util.Optional::stream)
        .forEach(set::add);
    return set;
  }

  public String calendarFeedToken() {
    return calendarFeedToken;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
