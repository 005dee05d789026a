package org.gridpatrol.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.ReportPeriod;
import org.gridpatrol.server.account.Identity;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.report.ReportExports;
import org.gridpatrol.server.report.ReportFile;
import org.gridpatrol.server.report.ReportFormat;
import org.gridpatrol.web.scope.CallerScope;

/** Answers a report in the format asked for: JSON as an entity, XLSX and PDF as audited attachments. */
@RequestScoped
public class ReportDownload {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    @Inject
    private ReportExports exports;
    @Inject
    private CallerScope callers;
    @Inject
    private HttpServletRequest http;

    Response answer(DutyReport report, String format, Long jobId) {
        ReportFormat f = ReportFormat.parse(format);
        if (f == ReportFormat.JSON) {
            return Response.ok(report, "application/json").build();
        }
        Identity who = callers.identity();
        ReportFile file = exports.export(report, f, who == null ? "anonymous" : who.name(), who == null ? null : who.userId(),
                http.getRemoteAddr(), jobId);
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    static ReportPeriod period(String value) {
        try {
            return value == null || value.isBlank() ? ReportPeriod.DAY : ReportPeriod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("report.bad-period", "period is DAY, WEEK or MONTH, not " + value);
        }
    }
}
