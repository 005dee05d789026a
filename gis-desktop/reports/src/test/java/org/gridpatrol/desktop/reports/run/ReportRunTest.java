package org.gridpatrol.desktop.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.gridpatrol.model.report.ReportJob;
import org.gridpatrol.model.report.ReportPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the progress bar says about a job. */
class ReportRunTest {

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void saysOfficersDoneOnceTheirNumberIsKnown() {
        assertEquals("Waiting (QUEUED)", ReportRun.describe(job("QUEUED", 0, 0, null)));
        assertEquals("12 of 40 officers (30%)", ReportRun.describe(job("RUNNING", 30, 12, 40)));
    }

    private static ReportJob job(String state, int percent, int done, Integer total) {
        return new ReportJob(1, 3, ReportPeriod.WEEK, LocalDate.of(2026, 11, 23), state, percent, done, total, null,
                null, null, null);
    }
}
