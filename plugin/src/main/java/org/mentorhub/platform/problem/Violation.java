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

  /** A Bean Validation violation with its field named as in a 400 answer. */
  public static Violation of(jakarta.validation.ConstraintViolation<?> violation) {
    return new Violation(ThrowableProblems.fieldName(violation), violation.getMessage());
  }
}
