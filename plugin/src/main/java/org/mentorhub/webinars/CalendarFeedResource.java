package org.mentorhub.webinars;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.members.MemberService;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/me/calendar-feed}: the caller's personal calendar feed URL. */
@Path("me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

  /** The new feed address. */
  public record FeedView(String calendarFeedUrl) {}

  @Inject MemberService members;

  @POST
  @Path("regenerate")
  @Operation(summary = "Replace the calendar feed URL; the old one stops working at once")
  public FeedView regenerate(@Context SecurityContext security, @Context UriInfo uri) {
    String token = members.regenerateFeedToken(Caller.of(security));
    // The base URI is <context root>/api/v1/; the feed lives at the context root.
    return new FeedView(uri.getBaseUri().resolve("../../calendar/" + token + ".ics").toString());
  }
}
