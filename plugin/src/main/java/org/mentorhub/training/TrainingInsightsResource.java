package org.mentorhub.training;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/admin/insights/training}: where members stop in each track, for staff. */
@Path("admin/insights/training")
@RequiresRole(Role.ADMIN)
public class TrainingInsightsResource {

  static final String CSV = "text/csv";

  @Inject TrainingService training;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enrolments and completions per track and step")
  public TrainingInsightsView insights() {
    return training.insights();
  }

  @GET
  @Produces(CSV + ";qs=0.5")
  @Operation(summary = "Enrolments and completions per track and step as CSV (Accept: text/csv)")
  public String insightsCsv() {
    return TrainingInsightsCsv.of(training.insights());
  }
}
