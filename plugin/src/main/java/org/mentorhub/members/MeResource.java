package org.mentorhub.members;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/me}: the calling member. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject MemberService members;
  @Inject ErasureService erasure;

  @GET
  @Operation(summary = "The calling member: identity, roles, calendar feed and sanctions")
  public MeView me(@Context SecurityContext security, @Context UriInfo uri) {
    // The feed lives at the context root, beside (not under) the versioned API.
    String contextRoot =
        uri.getBaseUriBuilder()
            .replacePath(uri.getBaseUri().getPath().replaceFirst("api/v1/?$", ""))
            .build()
            .toString();
    return members.me(
        Caller.of(security), contextRoot.endsWith("/") ? contextRoot : contextRoot + "/");
  }

  @GET
  @Path("export")
  @Operation(summary = "Everything Mentor Hub holds about the calling member, as one document")
  public java.util.Map<String, Object> export(@Context SecurityContext security) {
    return erasure.export(Caller.of(security).id());
  }
}
