package org.gridpatrol.desktop.map.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.desktop.map.api.MapGrid;

/**
 * Finds grids by what a supervisor types: a CJ/T 213 code or its beginning, or any part of a
 * name, in Chinese or Latin letters, case and width ignored. Best matches first: the exact code,
 * then codes and names beginning with the text, then names and codes containing it.
 */
public final class GridSearch {
    private GridSearch() {
    }

    /** @return at most {@code limit} grids matching {@code typed}, best first; none for blank text */
    public static List<MapGrid> find(List<MapGrid> grids, String typed, int limit) {
        String text = fold(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        List<Ranked> found = new ArrayList<>();
        for (MapGrid grid : grids) {
            int rank = rank(grid, text);
            if (rank >= 0) {
                found.add(new Ranked(grid, rank));
            }
        }
        found.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> r.grid().name() == null ? "" : r.grid().name())
                .thenComparingLong(r -> r.grid().id()));
        return found.stream().limit(limit).map(Ranked::grid).toList();
    }

    private static int rank(MapGrid grid, String text) {
        String code = fold(grid.code());
        String name = fold(grid.name());
        if (code.equals(text)) {
            return 0;
        }
        if (!code.isEmpty() && code.startsWith(text)) {
            return 1;
        }
        if (name.equals(text)) {
            return 2;
        }
        if (name.startsWith(text)) {
            return 3;
        }
        if (name.contains(text)) {
            return 4;
        }
        return code.contains(text) ? 5 : -1;
    }

    /** Full-width letters and digits (typed with a Chinese input method) become plain ones; spaces go. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private record Ranked(MapGrid grid, int rank) {
    }
}
