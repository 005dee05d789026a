package org.gridpatrol.district.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridpatrol.district.District;
import org.gridpatrol.district.TestDistrict;
import org.gridpatrol.district.account.Account;
import org.junit.jupiter.api.Test;

class DemoSqlTest {

    private final String sql = script(TestDistrict.get());

    /** The script with a stand-in for each password hash: real ones take a second each (see DemoPasswordTest). */
    static String script(District d) {
        return DemoSql.script(d, d.accounts().stream().collect(Collectors.toMap(Account::username, a -> "hash-of-" + a.username())));
    }

    @Test
    void theSameSeedWritesTheSameBytes() {
        assertEquals(sql, script(District.generate()));
        assertEquals(RoadsGeoJson.featureCollection(TestDistrict.get().roads(), 1),
                RoadsGeoJson.featureCollection(District.generate().roads(), 1));
    }

    @Test
    void oneTransactionThatDeletesBeforeItInserts() {
        assertTrue(sql.indexOf("\nBEGIN;") < sql.indexOf("DELETE FROM org_unit"));
        assertTrue(sql.indexOf("DELETE FROM org_unit") < sql.indexOf("INSERT INTO org_unit"));
        assertTrue(sql.trim().endsWith("COMMIT;"));
        assertEquals(1, count("\nBEGIN;"));
    }

    @Test
    void leavesDerivedColumnsToTheDatabase() {
        assertFalse(sql.contains("area_m2"));
        assertFalse(sql.contains("INSERT INTO grid_version"));
        assertFalse(Pattern.compile("INSERT INTO org_unit \\([^)]*path").matcher(sql).find());
    }

    @Test
    void everyCoordinateHasSevenDecimals() {
        Matcher m = Pattern.compile("ST_GeomFromText\\('([A-Z]+)\\(+([^']*?)\\)+'").matcher(sql);
        int geometries = 0;
        while (m.find()) {
            geometries++;
            for (String xy : m.group(2).split("\\)?,\\(?")) {
                assertTrue(xy.matches("^[0-9]{3}\\.[0-9]{7} [0-9]{2}\\.[0-9]{7}$"), xy);
            }
        }
        assertEquals(TestDistrict.get().grids().size() + TestDistrict.get().checkpoints().size(), geometries);
    }

    @Test
    void movesTheSequencesOfEveryTableWithExplicitIds() {
        for (String t : DemoSql.TABLES) {
            assertTrue(sql.contains("'" + t + "'"), t);
        }
    }

    @Test
    void upsertsEveryAccountByUsernameAndLinksTheOfficersAfterInsertingThem() {
        for (Account a : TestDistrict.get().accounts()) {
            assertTrue(sql.contains("'" + a.username() + "', '" + a.displayName() + "', 'hash-of-" + a.username() + "'"),
                    a.username());
        }
        assertTrue(sql.contains("ON CONFLICT ((lower(username))) DO UPDATE"));
        assertTrue(sql.indexOf("INSERT INTO officer") < sql.indexOf("UPDATE officer f SET user_id = u.id"));
        assertTrue(sql.indexOf("UPDATE officer f SET user_id = u.id") < sql.indexOf("UPDATE officer f SET user_id = l.user_id"));
        assertFalse(sql.contains("INSERT INTO app_user (id"), "app_user ids come from its identity column");
    }

    @Test
    void refusesToWriteAnAccountWithoutItsHash() {
        District d = TestDistrict.get();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> DemoSql.script(d, Map.of()));
    }

    private int count(String s) {
        return sql.split(Pattern.quote(s), -1).length - 1;
    }
}
