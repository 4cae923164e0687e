package org.mentorhub.notifications;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorhub.platform.security.Caller;

/** {@code /api/v1/me/notification-preferences}: what the caller hears about, and how. */
@Path("me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationPreferencesResource {

  /**
   * Writes {@code "quietHours": null} and {@code "timezone": null} rather than leaving them out.
   */
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Inject NotificationPreferences preferences;

  @GET
  @Operation(summary = "My notification preferences (defaults until I change them)")
  public String get(@Context SecurityContext security) {
    return JSON.toJson(preferences.get(Caller.of(security).id()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Replace my notification preferences: email on/off, time zone, quiet hours, digest,"
              + " and per type host/email")
  public String put(@Context SecurityContext security, PreferencesView input) {
    return JSON.toJson(preferences.put(Caller.of(security).id(), input));
  }
}
