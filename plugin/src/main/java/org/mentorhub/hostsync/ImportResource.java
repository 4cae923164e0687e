package org.mentorhub.hostsync;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/**
 * {@code /api/v1/admin/import}: the host's existing mentors and mentees, in bulk. The body is
 * NDJSON of any size (exempt from the body-size limit) and is streamed, never buffered whole.
 */
@Path("admin/import")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
public class ImportResource {

  /** One JSON document per line. */
  public static final String NDJSON = "application/x-ndjson";

  @Inject ImportService imports;

  @POST
  @Path("mentors")
  @Consumes(NDJSON)
  @Operation(summary = "Import mentor profiles, one PUT /mentors/me body plus id and email a line")
  public Response mentors(
      InputStream body, @Context SecurityContext security, @Context UriInfo uri) {
    return start(ImportKind.MENTORS, body, security, uri);
  }

  @POST
  @Path("mentees")
  @Consumes(NDJSON)
  @Operation(summary = "Import mentee needs, one PUT /mentees/me body plus id, name, email a line")
  public Response mentees(
      InputStream body, @Context SecurityContext security, @Context UriInfo uri) {
    return start(ImportKind.MENTEES, body, security, uri);
  }

  @GET
  @Path("jobs/{id}")
  @Operation(summary = "Progress and the first 1,000 rejected lines of an import")
  public ImportJobView job(@PathParam("id") String id) {
    return imports.job(id).orElseThrow(() -> new ResourceNotFoundException("import job", id));
  }

  private Response start(ImportKind kind, InputStream body, SecurityContext security, UriInfo uri) {
    String id = imports.start(kind, body, Caller.of(security));
    ImportJobView job = imports.job(id).orElseThrow();
    return Response.accepted(job)
        .location(uri.getBaseUriBuilder().path("admin/import/jobs").path(id).build())
        .build();
  }
}
