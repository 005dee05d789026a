package org.gridpatrol.desktop.reports.run;

import java.time.Duration;
import java.util.Set;
import org.gridpatrol.desktop.reports.api.DutyReports;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.NewReportJob;
import org.gridpatrol.model.report.ReportJob;

/**
 * Starts a report job and follows it until it ends, telling each step; cancels it on the
 * server when the user asks. Blocks: run it on a background thread.
 */
public final class JobWatch {
    private static final Set<String> ENDED = Set.of("DONE", "FAILED", "CANCELLED", "INTERRUPTED");

    /** Who watches: told every step, asked whether to stop. */
    public interface Progress {
        /** @param job the job as the server last said */
        void step(ReportJob job);

        /** @return true once the user cancelled */
        boolean cancelled();
    }

    /**
     * How the job ended.
     *
     * @param job    the job at its end
     * @param report its report when it is DONE, else null
     */
    public record Outcome(ReportJob job, DutyReport report) {
        /** @return true when the report is there */
        public boolean done() {
            return report != null;
        }
    }

    private final DutyReports reports;
    private final Duration every;

    /**
     * @param reports the server's reports
     * @param every   how often to ask how far the job got
     */
    public JobWatch(DutyReports reports, Duration every) {
        this.reports = reports;
        this.every = every;
    }

    /**
     * @param request  the report wanted
     * @param progress told each step
     * @return the job's end, with the report when done
     * @throws InterruptedException when the thread is interrupted (the job is cancelled first)
     */
    public Outcome follow(NewReportJob request, Progress progress) throws InterruptedException {
        ReportJob job = reports.start(request);
        progress.step(job);
        while (!ENDED.contains(job.state())) {
            if (progress.cancelled()) {
                return new Outcome(reports.cancel(job.id()), null);
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                reports.cancel(job.id());
                throw e;
            }
            job = reports.job(job.id());
            progress.step(job);
        }
        return new Outcome(job, "DONE".equals(job.state()) ? reports.result(job.id()) : null);
    }
}
