package org.gridpatrol.desktop.reports.run;

import org.gridpatrol.model.report.ReportJob;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.Cancellable;
import org.openide.util.NbBundle;

/**
 * One report job shown in the platform's progress bar: percent and officers done, with the
 * bar's cancel button stopping the job on the server.
 */
public final class ReportRun implements JobWatch.Progress, Cancellable {
    private final ProgressHandle handle;
    private volatile boolean cancelled;
    private boolean started;

    /** @param title what the bar says is running, e.g. the org unit and day */
    public ReportRun(String title) {
        handle = ProgressHandle.createHandle(NbBundle.getMessage(ReportRun.class, "MSG_Running", title), this);
    }

    @Override
    public void step(ReportJob job) {
        if (!started) {
            handle.start(100);
            started = true;
        }
        handle.progress(describe(job), Math.max(0, Math.min(100, job.percent())));
    }

    /**
     * @param job the job as the server said
     * @return e.g. "12 of 40 officers (30%)"
     */
    static String describe(ReportJob job) {
        if (job.rowsTotal() == null) {
            return NbBundle.getMessage(ReportRun.class, "MSG_Queued", job.state());
        }
        return NbBundle.getMessage(ReportRun.class, "MSG_Officers", job.rowsDone(), job.rowsTotal(), job.percent());
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public boolean cancel() {
        cancelled = true;
        return true;
    }

    /** Takes the bar away, whatever the end. */
    public void finish() {
        handle.finish();
    }
}
