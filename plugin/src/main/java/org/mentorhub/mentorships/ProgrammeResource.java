package org.mentorhub.mentorships;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/**
 * {@code /api/v1/admin/programmes}: programmes (cohorts) and their re-engagement list, for staff.
 */
@Path("admin/programmes")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
public class ProgrammeResource {

  @Inject ProgrammeService programmes;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a programme (cohort) with start and end dates")
  public Response create(@Context UriInfo uri, @NotNull @Valid Inputs.ProgrammeInput input) {
    Views.ProgrammeView created = programmes.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "Every programme, newest first")
  public List<Views.ProgrammeView> list() {
    return programmes.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A programme with its mid-point and two-thirds dates")
  public Views.ProgrammeView get(@PathParam("id") String id) {
    return programmes.get(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename or re-date a programme")
  public Views.ProgrammeView update(
      @PathParam("id") String id, @NotNull @Valid Inputs.ProgrammeInput input) {
    return programmes.update(id, input);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a programme that has no mentorships")
  public Response delete(@PathParam("id") String id) {
    programmes.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/mentorships")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put a mentorship in the programme")
  public Views.ProgrammeView add(
      @PathParam("id") String id, @NotNull @Valid Inputs.ProgrammeMemberInput input) {
    return programmes.add(id, input);
  }

  @GET
  @Path("{id}/re-engagement")
  @Operation(
      summary =
          "Open mentorships with no check-in for three weeks, once the programme is two-thirds"
              + " through (as of `at`, default now)")
  public Views.ReengagementView reengagement(
      @PathParam("id") String id, @QueryParam("at") String at) {
    return programmes.reengagement(id, instant("at", at));
  }

  static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(field, "must be an ISO instant like 2027-01-31T09:00:00Z");
    }
  }
}
