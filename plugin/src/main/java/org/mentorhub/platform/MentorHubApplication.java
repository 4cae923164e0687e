package org.mentorhub.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API of Mentor Hub, versioned in its path so the host can rely on it.
 *
 * <p>Resources and providers are discovered by scanning; every operation requires a bearer token
 * unless it is marked {@code @PermitAll}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Mentor Hub API",
            version = "1",
            description =
                "Mentor directory, webinars, training, moderation and accountability for community"
                    + " sites. Errors are RFC 9457 application/problem+json."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "RS256 token issued by the host site; groups give the roles.")
public class MentorHubApplication extends Application {}
