package org.gridpatrol.district.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * China's public holidays of 2026 as announced on 2025-11-04 (国务院办公厅关于2026年部分节假日安排的通知):
 * every day off, and the make-up working days (调休上班), each working as the weekday it stands in for.
 */
public final class Holidays2026 {

    private Holidays2026() {
    }

    public static List<Holiday> calendar(long firstId) {
        List<Holiday> days = new ArrayList<>();
        off(days, firstId, "元旦", 1, 1, 3);
        work(days, firstId, "元旦调休上班", 1, 4, 5);        // for Fri 2 Jan
        work(days, firstId, "春节调休上班", 2, 14, 5);       // for Fri 20 Feb
        off(days, firstId, "春节", 2, 15, 23);
        work(days, firstId, "春节调休上班", 2, 28, 1);       // for Mon 23 Feb
        off(days, firstId, "清明节", 4, 4, 6);
        off(days, firstId, "劳动节", 5, 1, 5);
        work(days, firstId, "劳动节调休上班", 5, 9, 2);      // for Tue 5 May
        off(days, firstId, "端午节", 6, 19, 21);
        work(days, firstId, "国庆节调休上班", 9, 20, 1);     // for Mon 5 Oct
        off(days, firstId, "中秋节", 9, 25, 27);
        off(days, firstId, "国庆节", 10, 1, 7);
        work(days, firstId, "国庆节调休上班", 10, 10, 3);    // for Wed 7 Oct
        return List.copyOf(days);
    }

    private static void off(List<Holiday> days, long firstId, String name, int month, int from, int to) {
        for (int d = from; d <= to; d++) {
            days.add(new Holiday(firstId + days.size(), LocalDate.of(2026, month, d), name, null));
        }
    }

    private static void work(List<Holiday> days, long firstId, String name, int month, int day, int asWeekday) {
        days.add(new Holiday(firstId + days.size(), LocalDate.of(2026, month, day), name, asWeekday));
    }
}
