package org.mentorhub.platform.security;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do, taken from the token's {@code groups} claim. */
public enum Role {
  MEMBER,
  MENTOR,
  MODERATOR,
  ADMIN;

  /** The group name in tokens and in {@code @RolesAllowed}: the lower-case role name. */
  public String groupName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role a group names, if it is one of ours; other groups of the host are ignored. */
  public static Optional<Role> fromGroup(String group) {
    for (Role role : values()) {
      if (role.groupName().equals(group)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
