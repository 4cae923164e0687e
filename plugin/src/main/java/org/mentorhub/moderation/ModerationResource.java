package org.mentorhub.moderation;

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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/moderation}: the moderator queue. */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.MODERATOR)
public class ModerationResource {

  @Inject ModerationService moderation;

  @GET
  @Path("cases")
  @Operation(
      summary =
          "The queue: filter by status, category, target type, assignee; sort by priority or age")
  public ModerationViews.Queue queue(
      @Context SecurityContext security,
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("targetType") String targetType,
      @QueryParam("assignee") String assignee,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return moderation.queue(
        Caller.of(security), status, category, targetType, assignee, sort, page, size);
  }

  @GET
  @Path("cases/{id}")
  @Operation(summary = "A case with its reports")
  public ModerationViews.CaseDetail get(
      @Context SecurityContext security, @PathParam("id") String id) {
    return moderation.detail(Caller.of(security), id);
  }

  @POST
  @Path("cases/{id}/assign")
  @Operation(summary = "Assign the case to yourself or another moderator")
  public ModerationViews.CaseSummary assign(
      @Context SecurityContext security, @PathParam("id") String id, @Valid AssignInput input) {
    return moderation.assign(Caller.of(security), id, input);
  }

  @POST
  @Path("cases/{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Act on the case, with a note; takes effect at once")
  public ModerationViews.CaseSummary act(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @NotNull @Valid ActionInput input) {
    return moderation.act(Caller.of(security), id, input);
  }

  @GET
  @Path("cases/{id}/audit")
  @Operation(summary = "The case's append-only history")
  public List<AuditEntry.View> audit(
      @Context SecurityContext security, @PathParam("id") String id) {
    return moderation.audit(Caller.of(security), id);
  }

  @GET
  @Path("metrics")
  @RequiresRole(Role.ADMIN)
  @Operation(
      summary = "Open and overdue cases, time to first action and to resolution (median, p90)")
  public ModerationViews.Metrics metrics() {
    return moderation.metrics();
  }
}
