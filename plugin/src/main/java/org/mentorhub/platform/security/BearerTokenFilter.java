package org.mentorhub.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.mentorhub.members.MemberService;

/**
 * Verifies the bearer token on every API request and makes its caller the request's principal.
 *
 * <p>A request without a token goes on anonymously (the access filter decides whether that is
 * allowed); a request with a bad token is refused here, even on public endpoints, so a client
 * learns at once that its token is wrong. The member row follows the token's claims, so the host
 * never has to be asked about a member at run time.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "bearer ";

  @Inject AuthConfig auth;
  @Inject MemberService members;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return;
    }
    if (header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw NotAuthenticatedException.invalidToken(
          "The Authorization header must be 'Bearer <token>'.");
    }
    Caller caller;
    try {
      caller = auth.verifier().verify(header.substring(BEARER.length()).trim());
    } catch (InvalidTokenException e) {
      throw NotAuthenticatedException.invalidToken(e.getMessage());
    }
    try {
      members.syncFromToken(caller);
    } catch (RuntimeException raced) {
      // Two first requests of a new member race to insert the same row; the loser's second try
      // finds the row the winner committed.
      members.syncFromToken(caller);
    }
    request.setSecurityContext(
        new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
  }
}
