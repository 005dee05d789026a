package org.gridpatrol.geoserver.ogc;

import java.util.List;
import java.util.Optional;

/**
 * One named layer of a WMS (layers without a name are only groups and are not listed).
 *
 * @param name         the name to put in {@code LAYERS=}
 * @param title        the human title
 * @param crs          the CRSs offered (inherited ones included), as the server spelt them
 * @param styles       the styles offered (inherited ones included)
 * @param geographic   the extent in longitude/latitude, or null when the server gave none
 * @param boxes        the extents in the CRSs the server listed, east-first
 * @param queryable    whether GetFeatureInfo answers for it
 */
public record WmsLayer(String name, String title, List<String> crs, List<WmsStyle> styles, BoundingBox geographic,
                       List<BoundingBox> boxes, boolean queryable) {

    /**
     * @param wanted a CRS, in any spelling {@link Crs#normalize} understands
     * @return whether the layer is offered in it
     */
    public boolean offers(String wanted) {
        String n = Crs.normalize(wanted);
        return crs.stream().anyMatch(c -> Crs.normalize(c).equals(n));
    }

    /**
     * @param wanted a CRS
     * @return the layer's extent in that CRS, when the server listed one
     */
    public Optional<BoundingBox> box(String wanted) {
        String n = Crs.normalize(wanted);
        return boxes.stream().filter(b -> Crs.normalize(b.crs()).equals(n)).findFirst();
    }
}
