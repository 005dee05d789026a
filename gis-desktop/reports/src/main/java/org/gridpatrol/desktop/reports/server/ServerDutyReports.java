package org.gridpatrol.desktop.reports.server;

import com.fasterxml.jackson.core.type.TypeReference;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.reports.api.DutyReports;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.NewReportJob;
import org.gridpatrol.model.report.ReportJob;
import org.openide.util.lookup.ServiceProvider;

/** Duty reports through {@code /api/v1/report-jobs} on the signed-in server. */
@ServiceProvider(service = DutyReports.class)
public final class ServerDutyReports implements DutyReports {
    private static final TypeReference<ReportJob> JOB = new TypeReference<>() {
    };
    private static final TypeReference<DutyReport> REPORT = new TypeReference<>() {
    };

    private final ServerConnection connection;

    /** Used by the Lookup: the connection registered there. */
    public ServerDutyReports() {
        this(Connections.server());
    }

    /** @param connection the server to ask */
    public ServerDutyReports(ServerConnection connection) {
        this.connection = connection;
    }

    @Override
    public ReportJob start(NewReportJob request) {
        return connection.post("/report-jobs", request, JOB);
    }

    @Override
    public ReportJob job(long jobId) {
        return connection.get("/report-jobs/" + jobId, JOB);
    }

    @Override
    public ReportJob cancel(long jobId) {
        return connection.delete("/report-jobs/" + jobId, JOB);
    }

    @Override
    public DutyReport result(long jobId) {
        return connection.get("/report-jobs/" + jobId + "/result?format=json", REPORT);
    }

    @Override
    public byte[] download(long jobId, Format format) {
        return connection.download("/report-jobs/" + jobId + "/result?format=" + format.extension(), format.mediaType());
    }
}
