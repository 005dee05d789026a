package org.gridpatrol.district.org;

import java.util.ArrayList;
import java.util.List;

/**
 * The bureau of the demo: 蚌山区城市管理局 ▸ two brigades (大队) ▸ six squads (中队), one squad per
 * subdistrict (街道), the first three under the first brigade. Codes: {@code BS-340303} for the
 * bureau, {@code -01}/{@code -02} for the brigades, {@code -0101} … for the squads.
 */
public final class OrgChart {

    /** The code by which the demo load finds (and first deletes) everything it owns. */
    public static final String BUREAU_CODE = "BS-340303";

    private final OrgUnit bureau;
    private final List<OrgUnit> brigades;
    private final List<OrgUnit> squads;

    private OrgChart(OrgUnit bureau, List<OrgUnit> brigades, List<OrgUnit> squads) {
        this.bureau = bureau;
        this.brigades = brigades;
        this.squads = squads;
    }

    /** The chart with one squad per name, split evenly over two brigades; ids from firstId on. */
    public static OrgChart bengshan(List<String> squadNames, long firstId) {
        long id = firstId;
        OrgUnit bureau = new OrgUnit(id++, null, OrgUnit.Kind.BUREAU, "蚌山区城市管理局", BUREAU_CODE);
        List<OrgUnit> brigades = new ArrayList<>();
        String[] ordinals = {"一", "二"};
        for (int b = 0; b < 2; b++) {
            brigades.add(new OrgUnit(id++, bureau.id(), OrgUnit.Kind.BRIGADE,
                    "城市管理执法" + ordinals[b] + "大队", BUREAU_CODE + "-0" + (b + 1)));
        }
        List<OrgUnit> squads = new ArrayList<>();
        int perBrigade = (squadNames.size() + 1) / 2;
        for (int s = 0; s < squadNames.size(); s++) {
            OrgUnit brigade = brigades.get(s / perBrigade);
            squads.add(new OrgUnit(id++, brigade.id(), OrgUnit.Kind.SQUAD, squadNames.get(s),
                    String.format("%s%02d", brigade.code(), s % perBrigade + 1)));
        }
        return new OrgChart(bureau, List.copyOf(brigades), List.copyOf(squads));
    }

    public OrgUnit bureau() {
        return bureau;
    }

    public List<OrgUnit> brigades() {
        return brigades;
    }

    public List<OrgUnit> squads() {
        return squads;
    }

    /** Parents before children. */
    public List<OrgUnit> all() {
        List<OrgUnit> all = new ArrayList<>();
        all.add(bureau);
        all.addAll(brigades);
        all.addAll(squads);
        return all;
    }
}
