package org.mentorhub.platform.security;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The person behind a verified token: the host's member id ({@code sub}), name, email and roles.
 *
 * <p>Every caller is a member; admins also act as moderators, because staff who run the programme
 * must be able to handle reports without a second account.
 */
public record Caller(String id, String name, String email, Set<Role> roles) implements Principal {

  public Caller {
    requireNonNull(id, "id");
    name = name == null || name.isBlank() ? id : name;
    roles = normalise(roles);
  }

  private static Set<Role> normalise(Collection<Role> given) {
    EnumSet<Role> roles = EnumSet.of(Role.MEMBER);
    if (given != null) {
      roles.addAll(given);
    }
    if (roles.contains(Role.ADMIN)) {
      roles.add(Role.MODERATOR);
    }
    return Set.copyOf(roles);
  }

  @Override
  public String getName() {
    return id;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The verified caller of this request; the access filter has already refused anonymous ones. */
  public static Caller of(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof Caller caller) {
      return caller;
    }
    throw NotAuthenticatedException.missingToken();
  }
}
