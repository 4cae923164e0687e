package org.mentorhub.moderation;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/reports}: any member reporting a problem, and their reports' status. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

  @Inject ReportService reports;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report a member, profile, request, session or lesson (rate-limited)")
  public Response report(@Context SecurityContext security, @NotNull @Valid ReportInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(reports.report(Caller.of(security), input))
        .build();
  }

  @GET
  @Path("mine")
  @Operation(summary = "My reports and their status")
  public List<ModerationViews.MyReport> mine(@Context SecurityContext security) {
    return reports.mine(Caller.of(security));
  }
}
