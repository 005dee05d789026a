package org.gridpatrol.district.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.gridpatrol.district.District;
import org.gridpatrol.district.TestDistrict;
import org.junit.jupiter.api.Test;

/** CJ/T 213 codes and names of the unit grids. */
class UnitGridCodeTest {

    private final District district = TestDistrict.get();

    @Test
    void codesAreFifteenDigitsOfDistrictSubdistrictCommunityAndSequence() {
        for (UnitGrid u : district.layout().unitGrids()) {
            String code = u.code();
            assertTrue(code.matches("^340303[0-9]{9}$"), code);
            assertEquals(u.subdistrict().code(), code.substring(6, 9));
            assertEquals(u.community().code(), code.substring(9, 12));
            assertEquals(String.format("%03d", u.seq()), code.substring(12));
        }
    }

    @Test
    void codesAreUnique() {
        Set<String> seen = new HashSet<>();
        district.unitGrids().forEach(g -> assertTrue(seen.add(g.code()), "duplicate " + g.code()));
    }

    @Test
    void namesSpellSubdistrictCommunityAndSequence() {
        assertEquals("天桥街道-解放社区-001网格", district.unitGrids().get(0).name());
        district.unitGrids().forEach(g -> assertTrue(g.name().matches("^.+街道-.+社区-[0-9]{3}网格$"), g.name()));
    }

    @Test
    void sequencesRunFromOneWithinEachCommunity() {
        for (Community c : district.layout().communities()) {
            int[] seqs = district.layout().unitGrids().stream().filter(u -> u.community() == c).mapToInt(UnitGrid::seq).toArray();
            for (int i = 0; i < seqs.length; i++) {
                assertEquals(i + 1, seqs[i], c.name());
            }
        }
    }

    @Test
    void keyAreasHaveNoCodeAndAreKindKeyArea() {
        int n = district.keyAreas().size();
        assertTrue(n >= 4 && n <= 6, n + " key areas");
        for (Grid k : district.keyAreas()) {
            assertNull(k.code());
            assertEquals(GridKind.KEY_AREA, k.kind());
        }
    }
}
