package org.gridpatrol.geoserver.ogc;

/** The server could not be reached in time, or answered with an HTTP error after every retry. */
public final class MapServiceUnreachableException extends MapServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param address the address asked
     * @param reason  what happened, in a few words (in English; it is usually a network error)
     * @param cause   the underlying error, or null
     */
    public MapServiceUnreachableException(String address, String reason, Throwable cause) {
        super("无法访问地图服务 " + address + ":" + reason + "。请检查网络和服务是否运行",
                "Cannot reach the map service " + address + ": " + reason
                        + ". Check the network and that the service is running", cause);
    }
}
