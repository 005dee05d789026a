package org.gridpatrol.district.grid;

import java.util.List;

/** A subdistrict (街道) of 蚌山区: its 3-digit code within the district and its name. */
public record Subdistrict(String code, String name) {

    public static final String DISTRICT_CODE = "340303";

    /** The six subdistricts of the demo, west to east along the layout's snake. */
    public static final List<Subdistrict> BENGSHAN = List.of(
            new Subdistrict("001", "天桥街道"),
            new Subdistrict("002", "青年街道"),
            new Subdistrict("003", "纬四街道"),
            new Subdistrict("004", "宏业村街道"),
            new Subdistrict("005", "黄庄街道"),
            new Subdistrict("006", "曹山街道"));

    /** The squad (中队) that patrols this subdistrict, e.g. 天桥中队. */
    public String squadName() {
        return name.replace("街道", "") + "中队";
    }
}
