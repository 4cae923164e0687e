package org.mentorhub.mentorships;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/me/surveys}: the programme surveys sent to the calling member. */
@Path("me/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

  @Inject SurveyService surveys;

  @GET
  @Operation(summary = "Surveys sent to me, with their items, newest first")
  public List<Views.MySurvey> mine(@Context SecurityContext security) {
    return surveys.mine(Caller.of(security));
  }

  @POST
  @Path("{id}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Answer a survey once: {answers: {itemId: 1-5 for rating items, text for questions}}")
  public Views.MySurvey answer(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @NotNull @Valid Inputs.SurveyAnswersInput input) {
    return surveys.answer(Caller.of(security), id, input);
  }
}
