package org.mentorhub.directory;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/mentees/me}: what the calling member looks for in a mentor. */
@Path("mentees/me")
@Produces(MediaType.APPLICATION_JSON)
public class MenteeProfileResource {

  @Inject ProfileService profiles;

  @GET
  @Operation(summary = "The caller's mentee needs")
  public MenteeProfileView get(@Context SecurityContext security) {
    return profiles.ownMenteeProfile(Caller.of(security));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create or update the caller's mentee needs")
  public MenteeProfileView save(
      @Context SecurityContext security, @NotNull @Valid MenteeProfileInput input) {
    return profiles.saveOwnMenteeProfile(Caller.of(security), input);
  }
}
