package org.mentorhub.members;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/**
 * {@code /api/v1/admin/members}: the host erases a member it deleted. The host calls it with a
 * token of its own service account whose groups include {@code admin}.
 */
@Path("admin/members")
@RequiresRole(Role.ADMIN)
public class MemberAdminResource {

  @Inject ErasureService erasure;

  @DELETE
  @Path("{id}")
  @Operation(
      summary =
          "Erase a member: private content and personal fields deleted, history kept under a"
              + " stable pseudonym; idempotent")
  public Response erase(@PathParam("id") String id) {
    erasure.erase(id);
    return Response.noContent().build();
  }
}
