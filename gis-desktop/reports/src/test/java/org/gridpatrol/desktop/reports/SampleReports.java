package org.gridpatrol.desktop.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridpatrol.model.report.AlarmTally;
import org.gridpatrol.model.report.DutyFigures;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.OfficerReport;
import org.gridpatrol.model.report.ReportPeriod;

/** A small duty report with known figures, as the server would answer it. */
public final class SampleReports {
    private SampleReports() {
    }

    /**
     * Three officers: Wang (rank 1, 6 h inside, 1 h outside, was 3rd), Li (rank 2, 3 h inside,
     * 3 h outside, was 1st), Zhao (rank 3, nothing inside, absent, no previous period).
     *
     * @return the report
     */
    public static DutyReport day() {
        OfficerReport wang = new OfficerReport(11, "A001", "王伟", 3, 1, 3,
                figures(8 * 3600, 6 * 3600, 3600, 12_340, 5, 0, 0, 0),
                figures(8 * 3600, 4 * 3600, 2 * 3600, 10_000, 4, 1, 0, 0),
                List.of(tally("OFF_POST", 1), tally("STILL", 2)), List.of());
        OfficerReport li = new OfficerReport(12, "A002", "李娜", 3, 2, 1,
                figures(7 * 3600, 3 * 3600, 3 * 3600, 8_050, 3, 2, 1, 0),
                figures(8 * 3600, 6 * 3600, 3600, 9_000, 5, 0, 0, 0),
                List.of(tally("CROSS_ZONE", 3), tally("OFF_POST", 2), tally("LATE", 1)), List.of());
        OfficerReport zhao = new OfficerReport(13, "A003", "赵强", 3, 3, 0,
                figures(0, 0, 0, 0, 0, 4, 0, 1), null, List.of(tally("ABSENT", 1)), List.of());
        return new DutyReport(3, "第一中队", ReportPeriod.DAY, LocalDate.of(2026, 11, 26),
                Instant.parse("2026-11-25T16:00:00Z"), Instant.parse("2026-11-26T16:00:00Z"),
                Instant.parse("2026-11-24T16:00:00Z"), Instant.parse("2026-11-27T01:00:00Z"), List.of(wang, li, zhao));
    }

    private static DutyFigures figures(long onDuty, long inside, long outside, double mileage, int done, int missed,
            int outOfOrder, int absent) {
        return new DutyFigures(onDuty, inside, outside, mileage, done, missed, outOfOrder, 0, 0, 0, 0, absent, null);
    }

    private static AlarmTally tally(String type, int count) {
        return new AlarmTally(type, count, count * 600L, 0, 0, 0, count);
    }
}
