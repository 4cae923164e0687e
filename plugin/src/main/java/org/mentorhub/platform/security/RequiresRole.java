package org.mentorhub.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits a resource method (or every method of a resource class) to callers with one of the roles;
 * others get 403.
 *
 * <p>Our own annotation rather than {@code @RolesAllowed}: Payara intercepts that one on CDI beans
 * against the servlet container's login, which knows nothing of bearer tokens and answers with an
 * HTML 401 page.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {
  Role[] value();
}
