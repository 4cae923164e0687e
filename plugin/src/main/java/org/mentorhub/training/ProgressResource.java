package org.mentorhub.training;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/me/progress}: the caller's training progress. */
@Path("me/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

  @Inject TrainingService training;

  @GET
  @Operation(summary = "The tracks the caller has enrolled in, with progress and certificates")
  public List<MyTrackProgressView> mine(@Context SecurityContext security) {
    return training.myProgress(Caller.of(security));
  }
}
