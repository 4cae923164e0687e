package org.mentorhub.directory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/admin/search/reindex}: rebuilding the search index online. */
@Path("admin/search/reindex")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
public class SearchAdminResource {

  @Inject DirectoryIndexer indexer;

  @POST
  @Operation(summary = "Rebuild the index from the database; searches keep answering meanwhile")
  public Response start(@Context UriInfo uri) {
    ReindexJob job = indexer.startReindex();
    return Response.accepted(job.view())
        .location(uri.getAbsolutePathBuilder().path(job.view().id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Progress of a rebuild")
  public ReindexJob.View get(@PathParam("id") String id) {
    return indexer
        .job(id)
        .map(ReindexJob::view)
        .orElseThrow(() -> new ResourceNotFoundException("reindex job", id));
  }
}
