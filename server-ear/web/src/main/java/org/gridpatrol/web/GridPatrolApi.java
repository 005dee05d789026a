package org.gridpatrol.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of GridPatrol, version 1. Resources and providers are discovered by scanning. */
@ApplicationPath("/api/v1")
public class GridPatrolApi extends Application {
}
