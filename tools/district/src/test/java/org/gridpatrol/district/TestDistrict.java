package org.gridpatrol.district;

/** The default district, generated once per test JVM (it takes about a second). */
public final class TestDistrict {

    private static District district;

    private TestDistrict() {
    }

    public static synchronized District get() {
        if (district == null) {
            district = District.generate();
        }
        return district;
    }
}
