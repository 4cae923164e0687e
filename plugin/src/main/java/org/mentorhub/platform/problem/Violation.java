package org.mentorhub.platform.problem;

import static java.util.Objects.requireNonNull;

/**
 * One field of a request that broke a rule, named as the client sent it (e.g. {@code
 * expertise[2]}).
 */
public record Violation(String field, String message) {
  public Violation {
    requireNonNull(field, "field");
    requireNonNull(message, "message");
  }
}
