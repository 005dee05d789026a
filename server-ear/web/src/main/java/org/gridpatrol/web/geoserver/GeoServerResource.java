package org.gridpatrol.web.geoserver;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.geoserver.GeoServerPublishRequest;
import org.gridpatrol.model.geoserver.GeoServerPublishResult;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.geoserver.GeoServerPublishing;

/**
 * {@code POST /api/v1/admin/geoserver/publish}: publish grids, officers' positions, open alarms and
 * yesterday's tracks on the bureau's GeoServer, for the system administrator. Audited like every write.
 */
@Path("/admin/geoserver/publish")
public class GeoServerResource {
    @Inject
    private GeoServerPublishing publishing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.GEOSERVER_PUBLISH)
    public GeoServerPublishResult publish(GeoServerPublishRequest request) {
        return publishing.publish(request);
    }
}
