package org.gridpatrol.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API of GridPatrol, version 1. Resources and providers are discovered by scanning; the
 * OpenAPI document is served at {@code /openapi} and rendered at {@code /api/docs/}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "GridPatrol 网格巡查 API", version = "1",
                description = "Grid patrol for city-management bureaus: desktop, phone and integration API. "
                        + "Integration clients send 'X-Api-Key'; desktops and phones 'Authorization: Bearer'. "
                        + "Refusals are application/problem+json (RFC 9457) with a stable code.",
                license = @License(name = "Proprietary", identifier = "LicenseRef-GridPatrol")),
        externalDocs = @ExternalDocumentation(description = "Rendered documentation, served by this server",
                url = "/api/docs/"),
        security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key", description = "an integration client's key, made by the security administrator")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "a desktop session (POST /api/v1/auth/login) or a phone's access token")
public class GridPatrolApi extends Application {
}
