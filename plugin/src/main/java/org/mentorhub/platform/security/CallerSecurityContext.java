package org.mentorhub.platform.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The JAX-RS view of a verified caller, so {@code @RolesAllowed} and resources see the roles. */
record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {

  @Override
  public Principal getUserPrincipal() {
    return caller;
  }

  @Override
  public boolean isUserInRole(String role) {
    return Role.fromGroup(role).map(caller::has).orElse(false);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }
}
