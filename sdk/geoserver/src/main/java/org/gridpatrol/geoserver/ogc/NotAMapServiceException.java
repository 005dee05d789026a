package org.gridpatrol.geoserver.ogc;

/** The address answered, but not as a WMS or WMTS: a web page, another service, a wrong path. */
public final class NotAMapServiceException extends MapServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param address  the address asked
     * @param expected "WMS" or "WMTS"
     * @param found    what answered instead, in a few words
     */
    public NotAMapServiceException(String address, String expected, String found) {
        super("地址 " + address + " 不是 " + expected + " 地图服务(返回的是 " + found + "),请核对服务地址",
                "The address " + address + " is not a " + expected + " map service (it answered " + found
                        + "); check the service address", null);
    }
}
