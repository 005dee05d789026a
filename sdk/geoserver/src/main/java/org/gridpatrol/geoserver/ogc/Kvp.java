package org.gridpatrol.geoserver.ogc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Appends KVP parameters to a service URL that may already carry some (GeoServer's {@code ?} or {@code map=}). */
public final class Kvp {
    private Kvp() {
    }

    /**
     * @param base       the service URL, possibly with parameters of its own
     * @param parameters the parameters to add, in order
     * @return the request URL
     */
    public static URI append(URI base, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(base.toString());
        char joiner = url.indexOf("?") < 0 ? '?' : (url.charAt(url.length() - 1) == '?' || url.charAt(url.length() - 1) == '&' ? 0 : '&');
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (joiner != 0) {
                url.append(joiner);
            }
            joiner = '&';
            url.append(p.getKey()).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("%3A", ":").replace("%2C", ","));
        }
        return URI.create(url.toString());
    }

    /**
     * @param value a coordinate
     * @return it in plain decimal
     */
    public static String number(double value) {
        // plain decimal, no exponent: some servers reject 1.2E7
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
