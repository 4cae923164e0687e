package org.mentorhub.insights;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/**
 * {@code /api/v1/admin/insights/funnel|kpis}: the programme funnel and KPIs for staff, filtered by
 * programme and date range, as JSON or CSV ({@code Accept: text/csv}).
 */
@Path("admin/insights")
@RequiresRole(Role.ADMIN)
public class InsightsResource {

  static final String CSV = "text/csv";

  @Inject InsightsService insights;

  @GET
  @Path("funnel")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Members -> mentee profiles -> requests -> accepted -> first check-in -> goal achieved")
  public FunnelView funnel(
      @QueryParam("programme") String programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return insights.funnel(InsightsFilter.parse(programme, from, to));
  }

  @GET
  @Path("funnel")
  @Produces(CSV + ";qs=0.5")
  @Operation(summary = "The funnel as CSV (Accept: text/csv)")
  public String funnelCsv(
      @QueryParam("programme") String programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return InsightsCsv.funnel(insights.funnel(InsightsFilter.parse(programme, from, to)));
  }

  @GET
  @Path("kpis")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Time to first match, check-in minutes per mentorship-month, goal achievement, training"
              + " completion, webinar attendance, survey scores, report resolution")
  public KpiView kpis(
      @QueryParam("programme") String programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return insights.kpis(InsightsFilter.parse(programme, from, to));
  }

  @GET
  @Path("kpis")
  @Produces(CSV + ";qs=0.5")
  @Operation(summary = "The KPIs as CSV, one number per row (Accept: text/csv)")
  public String kpisCsv(
      @QueryParam("programme") String programme,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return InsightsCsv.kpis(insights.kpis(InsightsFilter.parse(programme, from, to)));
  }
}
