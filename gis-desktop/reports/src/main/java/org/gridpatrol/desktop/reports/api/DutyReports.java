package org.gridpatrol.desktop.reports.api;

import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.NewReportJob;
import org.gridpatrol.model.report.ReportJob;

/**
 * The server's duty reports, made as background jobs. Found through the Lookup; every call
 * blocks, so call it off the event dispatch thread.
 */
public interface DutyReports {

    /** What a finished report can be downloaded as. */
    enum Format {
        /** an Excel workbook */
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        /** a PDF document */
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** @return the file name's extension and the API's {@code format} value, e.g. {@code xlsx} */
        public String extension() {
            return extension;
        }

        /** @return the media type the server answers with */
        public String mediaType() {
            return mediaType;
        }
    }

    /**
     * @param request which org unit, period and day
     * @return the job as queued
     */
    ReportJob start(NewReportJob request);

    /**
     * @param jobId the job
     * @return how far it got (state, percent, officers done)
     */
    ReportJob job(long jobId);

    /**
     * @param jobId a queued or running job
     * @return the job after cancelling
     */
    ReportJob cancel(long jobId);

    /**
     * @param jobId a job in state DONE
     * @return its report
     */
    DutyReport result(long jobId);

    /**
     * @param jobId  a job in state DONE
     * @param format the file format
     * @return the file's bytes as the server made them
     */
    byte[] download(long jobId, Format format);
}
