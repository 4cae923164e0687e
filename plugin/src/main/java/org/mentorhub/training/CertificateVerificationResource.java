package org.mentorhub.training;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/certificates/{code}}: public, so an employer or a client can check a certificate
 * without an account here.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CertificateVerificationResource {

  @Inject TrainingService training;

  @GET
  @Path("{code}")
  @Operation(summary = "Check a certificate by its verification code (public)")
  public CertificateView verify(@PathParam("code") String code) {
    return training.verify(code);
  }
}
