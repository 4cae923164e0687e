package org.mentorhub.platform.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** A request that breaks a rule the annotations on its DTO cannot express; names the fields. */
public class InvalidRequestException extends ApiException {

  private final List<Violation> violations;

  public InvalidRequestException(String detail, List<Violation> violations) {
    super(Status.BAD_REQUEST, detail);
    this.violations = List.copyOf(violations);
  }

  public InvalidRequestException(String field, String message) {
    this("The request has an invalid field.", List.of(new Violation(field, message)));
  }

  @Override
  public List<Violation> violations() {
    return violations;
  }
}
