package org.mentorhub.mentorships;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/**
 * {@code /api/v1/admin/mentorships/due-work}: runs the follow-up job now, for staff who do not want
 * to wait a quarter of an hour, and for tests that move time forward with {@code at}.
 */
@Path("admin/mentorships")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
public class DueWorkResource {

  @Inject DueWork dueWork;
  @Inject Clock clock;

  @POST
  @Path("due-work")
  @Operation(
      summary =
          "Run the follow-up job now (surveys due, overdue check-ins, re-engagement nudges), as of"
              + " `at` (default now); each step still happens once only")
  public Views.DueWorkResult run(@QueryParam("at") String at) {
    Instant when = ProgrammeResource.instant("at", at);
    return dueWork.run(when == null ? clock.instant() : when);
  }
}
