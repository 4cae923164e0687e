package org.mentorhub.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import org.mentorhub.platform.problem.AccessDeniedException;

/**
 * Secure by default: every resource method needs a verified caller unless it says
 * {@code @PermitAll}; {@link RequiresRole} further limits it to the named roles (403 otherwise).
 */
@Provider
public class AccessControlFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(DenyAll.class)) {
      context.register(new AccessFilter(null));
      return;
    }
    if (method.isAnnotationPresent(PermitAll.class)
        || (type.isAnnotationPresent(PermitAll.class)
            && !method.isAnnotationPresent(RequiresRole.class))) {
      return;
    }
    RequiresRole required = method.getAnnotation(RequiresRole.class);
    if (required == null) {
      required = type.getAnnotation(RequiresRole.class);
    }
    context.register(new AccessFilter(required == null ? List.of() : List.of(required.value())));
  }

  /** Refuses anonymous callers (401) and callers without one of the roles (403). */
  @Priority(Priorities.AUTHORIZATION)
  static final class AccessFilter implements ContainerRequestFilter {

    /** Roles of which the caller needs one; empty means any caller; null means nobody. */
    private final List<Role> roles;

    AccessFilter(List<Role> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
        throw NotAuthenticatedException.missingToken();
      }
      if (roles == null) {
        throw new AccessDeniedException("Nobody may call this endpoint.");
      }
      if (!roles.isEmpty() && roles.stream().noneMatch(caller::has)) {
        throw new AccessDeniedException(
            "This needs the role "
                + String.join(" or ", roles.stream().map(Role::groupName).toList())
                + ", which your token does not give.");
      }
    }
  }
}
