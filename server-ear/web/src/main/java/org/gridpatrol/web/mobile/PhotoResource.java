package org.gridpatrol.web.mobile;

import jakarta.inject.Inject;
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
    @GET
    @Path("{id}/original")
    @Produces("image/jpeg")
    public byte[] original(@PathParam("id") long id) {
        return photos.read(id, false);
    }

    @GET
    @Path("{id}/marked")
    @Produces("image/jpeg")
    public byte[] marked(@PathParam("id") long id) {
        return photos.read(id, true);
    }
}
