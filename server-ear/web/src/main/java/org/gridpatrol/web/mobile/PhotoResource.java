package org.gridpatrol.web.mobile;

import jakarta.inject.Inject;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gridpatrol.server.photo.PhotoStore;

/** {@code /api/v1/photos/{id}/original|marked}: a photo as the phone took it, or with its watermark. */
@Path("/photos")
public class PhotoResource {
    @Inject
    private PhotoStore photos;
    @Inject
    private org.gridpatrol.web.scope.CallerScope caller;

    @GET
    @Path("{id}/original")
    @Produces("image/jpeg")
    @RequiresPermissions(Permissions.PHOTO_READ)
    public byte[] original(@PathParam("id") long id) {
        return photos.read(caller.current(), id, false);
    }

    @GET
    @Path("{id}/marked")
    @Produces("image/jpeg")
    @RequiresPermissions(Permissions.PHOTO_READ)
    public byte[] marked(@PathParam("id") long id) {
        return photos.read(caller.current(), id, true);
    }
}
