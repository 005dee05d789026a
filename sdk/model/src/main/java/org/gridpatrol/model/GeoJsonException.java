package org.gridpatrol.model;

/**
 * A GeoJSON text that cannot be read as the geometry asked for. Carries a stable
 * code and the JSON pointer of the offending member, so the API can answer with
 * a precise problem instead of a parser stack trace.
 */
public class GeoJsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String pointer;

    /**
     * @param code    machine-readable reason, e.g. {@code geojson.coordinate-out-of-range}
     * @param pointer JSON pointer of the bad member, e.g. {@code /coordinates/0/3}
     * @param message human sentence
     */
    public GeoJsonException(String code, String pointer, String message) {
        super(message);
        this.code = code;
        this.pointer = pointer;
    }

    /** @return the machine-readable reason */
    public String code() {
        return code;
    }

    /** @return the JSON pointer of the bad member */
    public String pointer() {
        return pointer;
    }
}
