package org.mentorhub.mentorships;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/mentorships}: the two members' shared space of goals and check-ins. */
@Path("mentorships")
@Produces(MediaType.APPLICATION_JSON)
public class MentorshipResource {

  @Inject MentorshipService mentorships;

  @GET
  @Operation(summary = "My mentorships, as mentor or mentee, newest first")
  public List<Views.MentorshipSummary> mine(@Context SecurityContext security) {
    return mentorships.mine(Caller.of(security));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A mentorship with goals, achievements, open next steps, check-ins and whether a"
              + " check-in is overdue (its two members and admins)")
  public Views.MentorshipDetail get(@Context SecurityContext security, @PathParam("id") String id) {
    return mentorships.get(Caller.of(security), id);
  }

  @POST
  @Path("{id}/pause")
  @Operation(summary = "Pause (either member); the mentor's seat stays taken")
  public Views.MentorshipDetail pause(
      @Context SecurityContext security, @PathParam("id") String id) {
    return mentorships.pause(Caller.of(security), id);
  }

  @POST
  @Path("{id}/resume")
  @Operation(summary = "Resume a paused mentorship (either member)")
  public Views.MentorshipDetail resume(
      @Context SecurityContext security, @PathParam("id") String id) {
    return mentorships.resume(Caller.of(security), id);
  }

  @POST
  @Path("{id}/complete")
  @Operation(summary = "Complete (either member), optional reason; frees the mentor's seat")
  public Views.MentorshipDetail complete(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @Valid Inputs.ReasonInput input) {
    return mentorships.finish(Caller.of(security), id, MentorshipStatus.COMPLETED, input);
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End early (either member) with a reason; frees the mentor's seat")
  public Views.MentorshipDetail end(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @Valid Inputs.ReasonInput input) {
    return mentorships.finish(Caller.of(security), id, MentorshipStatus.ENDED_EARLY, input);
  }

  @PUT
  @Path("{id}/cadence")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the days between check-ins (1-90)")
  public Views.MentorshipDetail cadence(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @NotNull @Valid Inputs.CadenceInput input) {
    return mentorships.cadence(Caller.of(security), id, input);
  }

  @POST
  @Path("{id}/goals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a SMART goal: statement, measure {name, unit, target, baseline}, why, targetDate,"
              + " milestones")
  public Response addGoal(
      @Context SecurityContext security,
      @Context UriInfo uri,
      @PathParam("id") String id,
      @NotNull @Valid Inputs.GoalInput input) {
    Views.GoalView goal = mentorships.addGoal(Caller.of(security), id, input);
    return Response.created(uri.getAbsolutePathBuilder().path(goal.id()).build())
        .entity(goal)
        .build();
  }

  @POST
  @Path("{id}/goals/{goalId}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a value on the goal's measure; reaching the target is celebrated")
  public Views.ProgressResult progress(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @PathParam("goalId") String goalId,
      @NotNull @Valid Inputs.ProgressInput input) {
    return mentorships.progress(Caller.of(security), id, goalId, input);
  }

  @POST
  @Path("{id}/goals/{goalId}/milestones/{milestoneId}/reached")
  @Operation(summary = "Mark a milestone reached; celebrated for both sides")
  public Views.AchievementView milestoneReached(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @PathParam("goalId") String goalId,
      @PathParam("milestoneId") String milestoneId) {
    return mentorships.reachMilestone(Caller.of(security), id, goalId, milestoneId);
  }

  @POST
  @Path("{id}/check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Log a check-in: date, minutes, what was discussed, next steps with owners")
  public Response checkIn(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @NotNull @Valid Inputs.CheckInInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(mentorships.checkIn(Caller.of(security), id, input))
        .build();
  }

  @POST
  @Path("{id}/next-steps/{stepId}/done")
  @Operation(summary = "Mark an agreed next step done; until then it carries over")
  public Views.NextStepView stepDone(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @PathParam("stepId") String stepId) {
    return mentorships.stepDone(Caller.of(security), id, stepId);
  }
}
