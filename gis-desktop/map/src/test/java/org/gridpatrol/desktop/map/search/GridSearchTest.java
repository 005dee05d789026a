package org.gridpatrol.desktop.map.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** Searching grids by code and by any part of the name, in Chinese and in Latin letters. */
class GridSearchTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final List<MapGrid> GRIDS = List.of(
            grid(1, "天桥街道-解放社区-001网格", "340303001001001"),
            grid(2, "天桥街道-解放社区-002网格", "340303001001002"),
            grid(3, "客运站站前广场", null),
            grid(4, "Jiefang Road Market", "340303002001001"),
            grid(5, "Huaihe Road Night Market", "340303002001002"));

    private static MapGrid grid(long id, String name, String code) {
        return new MapGrid(id, "UNIT_GRID", name, code, 7, 0, GEOMETRY.toGeometry(new Envelope(117, 117.01, 32, 32.01)));
    }

    private static List<Long> ids(String typed) {
        return GridSearch.find(GRIDS, typed, 10).stream().map(MapGrid::id).toList();
    }

    @Test
    void aFullCodeFindsThatGridFirstAndACodesBeginningFindsItsSiblings() {
        assertEquals(List.of(2L), ids("340303001001002"));
        assertEquals(List.of(1L, 2L), ids("340303001"));
        assertEquals(List.of(5L, 4L, 1L, 2L), ids("3403030"), "code prefixes, then by name");
    }

    @Test
    void anyPartOfAChineseNameFindsTheGrid() {
        assertEquals(List.of(1L, 2L), ids("解放社区"));
        assertEquals(List.of(3L), ids("站前"));
        assertEquals(List.of(2L), ids("002网格"));
        assertEquals(List.of(3L), ids("客运站"), "a name's beginning");
    }

    @Test
    void latinNamesAreFoundIgnoringCaseSpacesAndFullWidthLetters() {
        assertEquals(List.of(5L, 4L), ids("market"), "both contain it; sorted by name");
        assertEquals(List.of(4L), ids("jiefang road"));
        assertEquals(List.of(5L), ids("ＨＵＡＩＨＥ"), "full-width letters from a Chinese input method");
        assertEquals(List.of(2L), ids("３４０３０３００１００１００２"), "full-width digits");
    }

    @Test
    void blankOrUnknownTextFindsNothingAndTheLimitHolds() {
        assertTrue(ids("  ").isEmpty());
        assertTrue(ids("不存在").isEmpty());
        List<MapGrid> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(grid(100 + i, "网格" + i, null));
        }
        assertEquals(12, GridSearch.find(many, "网格", 12).size());
    }

    @Test
    void enterInTheFieldTakesTheBestMatch() {
        List<MapGrid> taken = new ArrayList<>();
        GridSearchField field = new GridSearchField(() -> GRIDS, taken::add);
        field.setText("解放");
        assertEquals(List.of(1L, 2L), field.offered().stream().map(MapGrid::id).toList());
        field.postActionEvent();
        assertEquals(List.of(1L), taken.stream().map(MapGrid::id).toList());
        field.setText("nothing like it");
        field.postActionEvent();
        assertEquals(1, taken.size(), "Enter with no match takes nothing");
    }
}
