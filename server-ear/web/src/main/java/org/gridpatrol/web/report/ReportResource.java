package org.gridpatrol.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.report.DutyReports;
import org.gridpatrol.server.report.ReportProgress;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code GET /api/v1/reports/duty?orgUnit=&period=DAY|WEEK|MONTH&date=&format=json|xlsx|pdf}: a duty report made now. */
@Path("/reports")
public class ReportResource {
    @Inject
    private DutyReports reports;
    @Inject
    private ReportDownload download;
    @Inject
    private CallerScope caller;

    @GET
    @Path("duty")
    @Produces({"application/json", ReportDownload.XLSX, ReportDownload.PDF})
    @RequiresPermissions(Permissions.REPORT_READ)
    public Response duty(@QueryParam("orgUnit") String orgUnit, @QueryParam("period") String period,
                         @QueryParam("date") String date, @QueryParam("format") String format) {
        Long unit = QueryParams.id("orgUnit", orgUnit);
        if (unit == null) {
            throw ProblemException.badRequest("report.no-org-unit", "send orgUnit, the org unit whose officers are reported");
        }
        return download.answer(reports.report(caller.current(), unit, ReportDownload.period(period),
                QueryParams.day("date", date), ReportProgress.NONE), format, null);
    }
}
