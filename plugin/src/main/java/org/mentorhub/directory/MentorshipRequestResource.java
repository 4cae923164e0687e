package org.mentorhub.directory;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/mentorship-requests}: asking a mentor, and their answer. */
@Path("mentorship-requests")
@Produces(MediaType.APPLICATION_JSON)
public class MentorshipRequestResource {

  @Inject MentorshipRequestService requests;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask a mentor, with a specific ask (80+ characters) and an optional offer")
  public Response create(
      @Context SecurityContext security,
      @Context UriInfo uri,
      @NotNull @Valid MentorshipRequestInput input) {
    MentorshipRequestView created = requests.create(Caller.of(security), input);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "My requests, as mentee (default) or as mentor")
  public List<MentorshipRequestView> list(
      @Context SecurityContext security, @QueryParam("role") String role) {
    return requests.list(Caller.of(security), role);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my requests")
  public MentorshipRequestView get(@Context SecurityContext security, @PathParam("id") String id) {
    return requests.get(Caller.of(security), id);
  }

  @POST
  @Path("{id}/accept")
  @RequiresRole(Role.MENTOR)
  @Operation(summary = "Accept (mentor); never beyond maxMentees; optionally stop accepting")
  public MentorshipRequestView accept(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @Valid RequestDecisionInput input) {
    return requests.accept(Caller.of(security), id, input);
  }

  @POST
  @Path("{id}/decline")
  @RequiresRole(Role.MENTOR)
  @Operation(summary = "Decline (mentor), with an optional reason")
  public MentorshipRequestView decline(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @Valid RequestDecisionInput input) {
    return requests.decline(Caller.of(security), id, input);
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraw (mentee)")
  public MentorshipRequestView withdraw(
      @Context SecurityContext security, @PathParam("id") String id) {
    return requests.withdraw(Caller.of(security), id);
  }
}
