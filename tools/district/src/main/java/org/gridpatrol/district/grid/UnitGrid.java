package org.gridpatrol.district.grid;

import org.locationtech.jts.geom.Polygon;

/**
 * One city block as a unit grid (单元网格): its place in the subdistrict/community hierarchy, its
 * sequence within the community and its lon/lat polygon. The CJ/T 213 code is district (6) +
 * subdistrict (3) + community (3) + sequence (3).
 */
public record UnitGrid(Subdistrict subdistrict, int subdistrictIndex, Community community, int seq, Polygon geom) {

    public String code() {
        return Subdistrict.DISTRICT_CODE + subdistrict.code() + community.code() + String.format("%03d", seq);
    }

    /** e.g. 天桥街道-解放社区-003网格. */
    public String name() {
        return subdistrict.name() + "-" + community.name() + "-" + String.format("%03d", seq) + "网格";
    }
}
