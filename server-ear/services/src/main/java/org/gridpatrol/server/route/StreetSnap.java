package org.gridpatrol.server.route;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a checkpoint joins the street network: the nearest point of the nearest segment, and the
 * walk from there to each end of the segment (end 0 = its source junction, 1 = its target).
 *
 * @param edge     the segment's id
 * @param ends     its source and target junctions
 * @param offM     metres from the checkpoint to the street
 * @param fraction where on the segment it joins, 0 at the source to 1 at the target
 * @param lengthM  the segment's length
 * @param onStreet the joining point
 * @param toEnd    the coordinates from the joining point to end 0 and to end 1
 */
record StreetSnap(long edge, long[] ends, double offM, double fraction, double lengthM, Coordinate onStreet,
                  List<List<Coordinate>> toEnd) {

    /** @return metres along the segment from the joining point to end k */
    double along(int k) {
        return (k == 0 ? fraction : 1 - fraction) * lengthM;
    }
}
