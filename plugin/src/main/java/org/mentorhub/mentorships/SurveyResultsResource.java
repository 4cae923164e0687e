package org.mentorhub.mentorships;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/admin/surveys/results}: programme survey answers, in aggregate only. */
@Path("admin/surveys")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
public class SurveyResultsResource {

  @Inject SurveyService surveys;
  @Inject ProgrammeService programmes;

  @GET
  @Path("results")
  @Operation(summary = "Survey answers in aggregate: mean and distribution per item, comments")
  public List<Views.SurveyResults> results(
      @QueryParam("programme") String programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    if (programme != null && !programmes.exists(programme)) {
      throw new ResourceNotFoundException(ProgrammeService.PROGRAMME, programme);
    }
    return surveys.results(
        programme, ProgrammeResource.instant("from", from), ProgrammeResource.instant("to", to));
  }
}
