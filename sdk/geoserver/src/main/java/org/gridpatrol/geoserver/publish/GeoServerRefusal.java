package org.gridpatrol.geoserver.publish;

import org.gridpatrol.geoserver.ogc.MapServiceException;

/** GeoServer's REST API refused a step of publishing, with its own explanation. */
public final class GeoServerRefusal extends MapServiceException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /**
     * @param step   what was being done, e.g. {@code create feature type gis_grid}
     * @param status the HTTP status
     * @param text   GeoServer's answer
     */
    public GeoServerRefusal(String step, int status, String text) {
        super("GeoServer 拒绝了发布步骤「" + step + "」(HTTP " + status + "):" + text,
                "GeoServer refused the publishing step '" + step + "' (HTTP " + status + "): " + text, null);
        this.status = status;
    }

    /** @return the HTTP status GeoServer answered */
    public int status() {
        return status;
    }
}
