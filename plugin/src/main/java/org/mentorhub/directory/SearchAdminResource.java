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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.problem.ResourceNotFoundException;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/**
 * {@code /api/v1/admin/search}: rebuilding every node's search index online, and where each node's
 * index stands. Both read the database, so any node answers for the whole cluster.
 */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
public class SearchAdminResource {

  @Inject DirectoryIndexer indexer;

  @POST
  @Path("reindex")
  @Operation(
      summary = "Rebuild every node's index from the database; searches keep answering meanwhile")
  public Response start(@Context UriInfo uri) {
    RebuildView job = indexer.startReindex();
    return Response.accepted(job)
        .location(uri.getAbsolutePathBuilder().path(job.id()).build())
        .build();
  }

  @GET
  @Path("reindex/{id}")
  @Operation(summary = "Progress of a rebuild on every live node")
  public RebuildView get(@PathParam("id") String id) {
    long generation;
    try {
      generation = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new ResourceNotFoundException("reindex job", id);
    }
    return indexer
        .rebuildView(generation)
        .orElseThrow(() -> new ResourceNotFoundException("reindex job", id));
  }

  @GET
  @Path("nodes")
  @Operation(summary = "Every node that has run on this database and how far its index is")
  public List<RebuildView.NodeView> nodes() {
    return indexer.nodes();
  }
}
