package org.mentorhub.training;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/tracks}: training tracks, enrolment, steps, quizzes and certificates. */
@Path("tracks")
@Produces(MediaType.APPLICATION_JSON)
public class TrackResource {

  static final String PDF = "application/pdf";

  /** Keeps the certificate page inert: styles inline, nothing loaded, nothing run. */
  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  @Inject TrainingService training;

  @GET
  @Operation(summary = "Every training track with the caller's progress")
  public List<TrackSummaryView> tracks(@Context SecurityContext security) {
    return training.tracks(Caller.of(security));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "A track: lessons as sanitised HTML, quizzes without answers, progress")
  public TrackView track(@Context SecurityContext security, @PathParam("slug") String slug) {
    return training.track(Caller.of(security), slug);
  }

  @POST
  @Path("{slug}/enrollment")
  @Operation(summary = "Enrol in a track; 409 naming the prerequisite tracks not yet completed")
  public MyTrackProgressView enrol(
      @Context SecurityContext security, @PathParam("slug") String slug) {
    return training.enrol(Caller.of(security), slug);
  }

  @POST
  @Path("{slug}/steps/{stepId}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Complete a lesson, or a reflection with {answer}; not quizzes or webinars")
  public StepCompletionView complete(
      @Context SecurityContext security,
      @PathParam("slug") String slug,
      @PathParam("stepId") String stepId,
      @Valid CompletionInput input) {
    return training.completeStep(Caller.of(security), slug, stepId, input);
  }

  @POST
  @Path("{slug}/steps/{stepId}/quiz-attempts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit a quiz attempt, graded on the server, with feedback per option")
  public QuizAttemptView attempt(
      @Context SecurityContext security,
      @PathParam("slug") String slug,
      @PathParam("stepId") String stepId,
      @NotNull @Valid QuizAttemptInput input) {
    return training.attemptQuiz(Caller.of(security), slug, stepId, input);
  }

  @GET
  @Path("{slug}/certificate")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The certificate of a completed track as a printable page")
  public Response certificatePage(
      @Context SecurityContext security, @Context UriInfo uri, @PathParam("slug") String slug) {
    CertificateView certificate = training.certificate(Caller.of(security), slug);
    return Response.ok(CertificateDocuments.html(certificate, verifyUrl(uri, certificate)))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Content-Security-Policy", PAGE_POLICY)
        .build();
  }

  @GET
  @Path("{slug}/certificate")
  @Produces(PDF + ";qs=0.9")
  @Operation(summary = "The certificate of a completed track as a PDF (Accept: application/pdf)")
  public Response certificatePdf(
      @Context SecurityContext security, @Context UriInfo uri, @PathParam("slug") String slug) {
    CertificateView certificate = training.certificate(Caller.of(security), slug);
    return Response.ok(CertificateDocuments.pdf(certificate, verifyUrl(uri, certificate)), PDF)
        .header("Content-Disposition", "inline; filename=\"certificate-" + slug + ".pdf\"")
        .build();
  }

  @GET
  @Path("{slug}/certificate.pdf")
  @Produces(PDF)
  @Operation(summary = "The certificate of a completed track as a PDF")
  public Response certificatePdfFile(
      @Context SecurityContext security, @Context UriInfo uri, @PathParam("slug") String slug) {
    return certificatePdf(security, uri, slug);
  }

  @GET
  @Path("{slug}/certificate")
  @Produces(MediaType.APPLICATION_JSON + ";qs=0.8")
  @Operation(summary = "The certificate of a completed track as JSON")
  public CertificateView certificateJson(
      @Context SecurityContext security, @PathParam("slug") String slug) {
    return training.certificate(Caller.of(security), slug);
  }

  /** The public address where anyone can check the certificate's code. */
  private static String verifyUrl(UriInfo uri, CertificateView certificate) {
    return uri.getBaseUriBuilder()
        .path(CertificateVerificationResource.class)
        .path(certificate.code())
        .build()
        .toString();
  }
}
