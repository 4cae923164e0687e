package org.mentorhub.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.problem.InvalidRequestException;

/**
 * {@code /api/v1/notifications/unsubscribe?token=...}: the public link in every email. GET for a
 * person clicking it, POST for one-click unsubscribe by mail clients (RFC 8058); both are
 * idempotent.
 */
@Path("notifications/unsubscribe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

  /** What was turned off: a notice type, or {@code ALL} email. */
  public record UnsubscribedView(String unsubscribed, boolean email) {}

  @Inject UnsubscribeLinks links;
  @Inject NotificationPreferences preferences;

  @GET
  @Operation(summary = "Turn off the email an unsubscribe link names (no token needed but its own)")
  public UnsubscribedView get(@QueryParam("token") String token) {
    return unsubscribe(token);
  }

  @POST
  @Operation(summary = "One-click unsubscribe (RFC 8058), same as GET")
  public UnsubscribedView post(@QueryParam("token") String token) {
    return unsubscribe(token);
  }

  private UnsubscribedView unsubscribe(String token) {
    UnsubscribeTokens.Claim claim =
        links
            .verify(token)
            .orElseThrow(
                () -> new InvalidRequestException("token", "is not a valid unsubscribe link"));
    preferences.unsubscribe(claim.memberId(), claim.scope());
    return new UnsubscribedView(claim.scope(), false);
  }
}
