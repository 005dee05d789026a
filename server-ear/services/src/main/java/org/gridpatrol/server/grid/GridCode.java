package org.gridpatrol.server.grid;

import java.util.Set;

/**
 * The 15-digit unit-grid code of CJ/T 213: 6-digit administrative division
 * (province, city, county), 3-digit street (街道), 3-digit community (社区) and
 * 3-digit sequence. Checks the structure, not that the division exists.
 */
final class GridCode {
    /** The first two digits of China's province-level divisions (GB/T 2260). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private GridCode() {
    }

    /**
     * @param code a candidate code
     * @return null when the structure is right, otherwise what is wrong with it
     */
    static String problemWith(String code) {
        if (code == null || !code.matches("[0-9]{15}")) {
            return "a unit-grid code has exactly 15 digits";
        }
        if (!PROVINCES.contains(code.substring(0, 2))) {
            return "digits 1–2 (" + code.substring(0, 2) + ") are not a province-level division code";
        }
        if (code.startsWith("00", 2) || code.startsWith("00", 4)) {
            return "digits 3–6 (" + code.substring(2, 6) + ") must name a city and a county, not 00";
        }
        if (code.startsWith("000", 6)) {
            return "digits 7–9 are the street (街道) and cannot be 000";
        }
        if (code.startsWith("000", 9)) {
            return "digits 10–12 are the community (社区) and cannot be 000";
        }
        if (code.startsWith("000", 12)) {
            return "digits 13–15 are the grid's sequence and cannot be 000";
        }
        return null;
    }
}
