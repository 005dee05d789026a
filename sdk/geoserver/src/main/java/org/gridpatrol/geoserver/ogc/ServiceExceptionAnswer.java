package org.gridpatrol.geoserver.ogc;

/** The map server understood the request and refused it with an OGC ServiceException (or ows:Exception). */
public final class ServiceExceptionAnswer extends MapServiceException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String text;

    /**
     * @param code the exception code the server gave (e.g. {@code LayerNotDefined}), or empty
     * @param text the server's own explanation
     */
    public ServiceExceptionAnswer(String code, String text) {
        super("地图服务拒绝了请求" + (code.isEmpty() ? "" : "(" + code + ")") + ":" + text,
                "The map server refused the request" + (code.isEmpty() ? "" : " (" + code + ")") + ": " + text, null);
        this.code = code;
        this.text = text;
    }

    /** @return the OGC exception code, or empty when the server gave none */
    public String code() {
        return code;
    }

    /** @return the server's explanation */
    public String text() {
        return text;
    }
}
