package org.gridpatrol.server.report;

/** Thrown out of a report whose progress said it was cancelled. */
public class ReportCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportCancelled() {
        super("the report was cancelled");
    }
}
