package org.gridpatrol.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.server.audit.AuditLog;
import org.gridpatrol.server.audit.AuditRecord;
import org.gridpatrol.server.report.export.CjkFont;
import org.gridpatrol.server.report.export.DutyPdf;
import org.gridpatrol.server.report.export.DutyWorkbook;

/**
 * Turns a duty report into a file and writes every export into the audit log (who took which
 * org unit's figures out of the system, in which format).
 */
@ApplicationScoped
public class ReportExports {
    /** The most grid maps a PDF prints. */
    static final int MAX_MAPS = 60;
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    private AuditLog audit;

    /**
     * @param report  the report
     * @param format  the format
     * @param actor   who exports, for the audit log
     * @param userId  his app_user id, or null
     * @param address his address
     * @param jobId   the report job it came from, or null
     * @return the file
     */
    public ReportFile export(DutyReport report, ReportFormat format, String actor, Long userId, String address, Long jobId) {
        byte[] bytes = switch (format) {
            case JSON -> json(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case XLSX -> DutyWorkbook.write(report);
            case PDF -> DutyPdf.write(report, CjkFont.find(), MAX_MAPS);
        };
        if (format != ReportFormat.JSON) {
            audit.record(new AuditRecord(actor, userId, address, "REPORT_EXPORT", AuditRecord.Outcome.SUCCESS,
                    jobId == null ? "org_unit" : "report_job", String.valueOf(jobId == null ? report.orgUnitId() : jobId),
                    Map.of("orgUnitId", report.orgUnitId(), "period", report.period().name(), "day", report.day().toString(),
                            "format", format.extension(), "officers", report.officers().size(), "bytes", bytes.length)));
        }
        return new ReportFile(bytes, format.mediaType(), "duty-" + report.orgUnitId() + "-" + report.period() + "-" + report.day()
                + "." + format.extension());
    }

    static String json(DutyReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the report as JSON", e);
        }
    }

    static DutyReport read(String json) {
        try {
            return JSON.readValue(json, DutyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report does not read back", e);
        }
    }
}
