package org.mentorhub.webinars;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.File;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/webinars}: series, sessions, registration, joining and reports. */
@Path("webinars")
@Produces(MediaType.APPLICATION_JSON)
public class WebinarResource {

  static final String CSV = "text/csv";

  /** CSV only when asked for: a client that accepts anything gets JSON. */
  static final String CSV_IF_ASKED = "text/csv;qs=0.5";

  @Inject WebinarService webinars;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole({Role.MENTOR, Role.ADMIN})
  @Operation(summary = "Create a one-off or recurring webinar (mentors: office hours they host)")
  public Response create(
      @Context SecurityContext security, @Context UriInfo uri, @NotNull @Valid WebinarInput input) {
    WebinarView created = webinars.create(Caller.of(security), input);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("sessions")
  @Operation(summary = "Sessions overlapping [from, to), by default the next 90 days")
  public List<SessionView> sessions(
      @QueryParam("kind") String kind,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return webinars.sessions(kind, from, to);
  }

  @PATCH
  @Path("sessions/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit one session, or it and the later ones (scope=following)")
  public List<SessionView> change(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @QueryParam("scope") String scope,
      @NotNull @Valid SessionChange change) {
    return webinars.change(Caller.of(security), id, ChangeScope.parse(scope), change);
  }

  @DELETE
  @Path("sessions/{id}")
  @Operation(summary = "Cancel one session, or it and the later ones (scope=following)")
  public List<SessionView> cancel(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @QueryParam("scope") String scope) {
    return webinars.cancel(Caller.of(security), id, ChangeScope.parse(scope));
  }

  @POST
  @Path("sessions/{id}/registrations")
  @Operation(summary = "Register, or join the waitlist when the session is full")
  public RegistrationView register(@Context SecurityContext security, @PathParam("id") String id) {
    return webinars.register(Caller.of(security), id);
  }

  @DELETE
  @Path("sessions/{id}/registrations")
  @Operation(summary = "Cancel the caller's registration; the first waitlisted member moves up")
  public Response unregister(@Context SecurityContext security, @PathParam("id") String id) {
    webinars.cancelRegistration(Caller.of(security), id);
    return Response.noContent().build();
  }

  @GET
  @Path("sessions/{id}/join")
  @Operation(summary = "A signed meeting link, from 15 minutes before the start to the end")
  public JoinView join(@Context SecurityContext security, @PathParam("id") String id) {
    return webinars.join(Caller.of(security), id);
  }

  @GET
  @Path("sessions/{id}/attendance")
  @Operation(summary = "Attendance report (host, admin)")
  public List<AttendanceView> attendance(
      @Context SecurityContext security, @PathParam("id") String id) {
    return webinars.attendance(Caller.of(security), id);
  }

  @GET
  @Path("sessions/{id}/attendance")
  @Produces(CSV_IF_ASKED)
  @Operation(summary = "Attendance report as CSV (host, admin)")
  public Response attendanceCsv(@Context SecurityContext security, @PathParam("id") String id) {
    return Response.ok(AttendanceCsv.write(webinars.attendance(Caller.of(security), id)))
        .type(CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"attendance-" + id + ".csv\"")
        .build();
  }

  @GET
  @Path("sessions/{id}/recordings")
  @Operation(summary = "Recordings of a session (registered members, host, admin)")
  public List<RecordingView> recordings(
      @Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id) {
    return webinars.recordings(
        Caller.of(security), id, uri.getAbsolutePath().toString().replaceAll("/?$", "/"));
  }

  @GET
  @Path("sessions/{id}/recordings/{recordingId}/file")
  @Produces({"video/mp4", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "The stored copy of a recording")
  public Response recordingFile(
      @Context SecurityContext security,
      @PathParam("id") String id,
      @PathParam("recordingId") String recordingId) {
    Recording recording = webinars.recording(Caller.of(security), id, recordingId);
    File file = new File(recording.filePath());
    String type =
        file.getName().endsWith(".mp4") ? "video/mp4" : MediaType.APPLICATION_OCTET_STREAM;
    return Response.ok(file, type).build();
  }
}
