package org.gridpatrol.server.report;

import java.util.Locale;
import org.gridpatrol.server.problem.ProblemException;

/** What a report can be exported as, with the media type and file extension of each. */
public enum ReportFormat {
    JSON("application/json", "json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** @throws ProblemException 400 {@code report.bad-format} for anything but json, xlsx, pdf */
    public static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("report.bad-format", "format is json, xlsx or pdf, not " + value);
        }
    }
}
