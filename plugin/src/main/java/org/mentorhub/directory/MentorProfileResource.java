package org.mentorhub.directory;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/mentors}: mentor profiles. */
@Path("mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorProfileResource {

  @Inject ProfileService profiles;

  @GET
  @Path("me")
  @RequiresRole(Role.MENTOR)
  @Operation(summary = "The caller's own mentor profile")
  public MentorProfileView mine(@Context SecurityContext security) {
    Caller caller = Caller.of(security);
    return profiles.mentorProfile(caller, caller.id());
  }

  @PUT
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.MENTOR)
  @Operation(summary = "Create or update the caller's mentor profile; searchable within a second")
  public MentorProfileView save(
      @Context SecurityContext security, @NotNull @Valid MentorProfileInput input) {
    return profiles.saveOwnMentorProfile(Caller.of(security), input);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A mentor's profile")
  public MentorProfileView get(@Context SecurityContext security, @PathParam("id") String id) {
    return profiles.mentorProfile(Caller.of(security), id);
  }
}
