package org.gridpatrol.district.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridpatrol.district.org.OrgUnit;

/**
 * The officers of the bureau and their phones. Squads get officers in proportion to their unit
 * grids (largest remainder), badges {@code BS0001} onwards in squad order; every officer carries one
 * Android phone {@code dev-<badge>}.
 */
public final class Roster {

    public static final String OS = "Android 13";
    public static final String APP_VERSION = "0.1.0";

    private static final List<String> MODELS = List.of(
            "HUAWEI nova 11", "HONOR X50", "Redmi Note 12 Pro", "OPPO A1", "vivo Y78", "HUAWEI Mate 50");
    private static final List<String> PHONE_PREFIXES = List.of(
            "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "156", "158", "159", "177", "180", "181", "185", "186", "187", "188", "189", "199");

    private final List<Officer> officers;
    private final List<Device> devices;

    private Roster(List<Officer> officers, List<Device> devices) {
        this.officers = officers;
        this.devices = devices;
    }

    public static Roster hire(long seed, List<OrgUnit> squads, int[] gridsPerSquad, int total,
            long firstOfficerId, long firstDeviceId) {
        Random random = new Random(seed);
        ChineseNames names = new ChineseNames(random);
        Set<String> phones = new HashSet<>();
        int[] headcount = apportion(gridsPerSquad, total);
        List<Officer> officers = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        for (int s = 0; s < squads.size(); s++) {
            for (int k = 0; k < headcount[s]; k++) {
                int n = officers.size() + 1;
                String badge = String.format("BS%04d", n);
                Officer o = new Officer(firstOfficerId + n - 1, badge, names.next(), phone(random, phones), squads.get(s).id());
                officers.add(o);
                devices.add(new Device(firstDeviceId + n - 1, "dev-" + badge, o.id(),
                        MODELS.get(random.nextInt(MODELS.size())), OS, APP_VERSION));
            }
        }
        return new Roster(List.copyOf(officers), List.copyOf(devices));
    }

    public List<Officer> officers() {
        return officers;
    }

    public List<Device> devices() {
        return devices;
    }

    public List<Officer> officersOf(long squadId) {
        return officers.stream().filter(o -> o.squadId() == squadId).toList();
    }

    /** total split in proportion to weights, by largest remainder; every share at least 1. */
    static int[] apportion(int[] weights, int total) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] share = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            share[i] = Math.max(1, (int) Math.floor(exact));
            rest[i] = exact - Math.floor(exact);
            given += share[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            share[best]++;
            rest[best] = -1;
            given++;
        }
        return share;
    }

    private static String phone(Random random, Set<String> used) {
        String p;
        do {
            p = PHONE_PREFIXES.get(random.nextInt(PHONE_PREFIXES.size())) + String.format("%08d", random.nextInt(100_000_000));
        } while (!used.add(p));
        return p;
    }
}
