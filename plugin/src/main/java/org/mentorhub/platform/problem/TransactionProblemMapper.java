package org.mentorhub.platform.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures at commit, which JTA wraps in TransactionalException: looks inside for the real case (an
 * optimistic lock is a 409). Jersey ships a mapper for this type that rethrows what it cannot map,
 * so ours is given precedence.
 */
@Provider
@Priority(1)
public class TransactionProblemMapper implements ExceptionMapper<TransactionalException> {
  @Override
  public Response toResponse(TransactionalException exception) {
    return ThrowableProblems.toResponse(exception);
  }
}
