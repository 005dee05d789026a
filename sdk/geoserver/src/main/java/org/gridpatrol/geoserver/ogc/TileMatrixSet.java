package org.gridpatrol.geoserver.ogc;

import java.util.List;
import java.util.Optional;

/**
 * A WMTS tile matrix set: a CRS and its zoom levels, coarsest first.
 *
 * @param identifier the value of {@code TILEMATRIXSET=}
 * @param crs        the supported CRS as the document spelt it
 * @param matrices   the zoom levels
 */
public record TileMatrixSet(String identifier, String crs, List<TileMatrix> matrices) {

    /**
     * The level whose scale is nearest to the given one (within 1 %), for matching a viewer's zoom levels.
     *
     * @param scaleDenominator the wanted scale
     * @return the matching level
     */
    public Optional<TileMatrix> atScale(double scaleDenominator) {
        return matrices.stream()
                .filter(m -> Math.abs(m.scaleDenominator() - scaleDenominator) <= scaleDenominator * 0.01)
                .findFirst();
    }

    /** @return whether the set is web mercator with the usual world-spanning origin */
    public boolean isWebMercator() {
        return Crs.isWebMercator(crs);
    }
}
