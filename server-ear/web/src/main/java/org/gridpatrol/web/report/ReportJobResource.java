package org.gridpatrol.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.report.NewReportJob;
import org.gridpatrol.model.report.ReportJob;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.report.ReportJobs;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/report-jobs}: duty reports made in the background, with progress, cancel and download. */
@Path("/report-jobs")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("report_job")
public class ReportJobResource {
    @Inject
    private ReportJobs jobs;
    @Inject
    private ReportDownload download;
    @Inject
    private CallerScope caller;
    @Context
    private UriInfo uri;

    /** Answers 202 at once with the queued job; poll its URL for progress. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.REPORT_READ)
    public Response create(NewReportJob request) {
        ReportJob job = jobs.create(caller.current(), request);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(String.valueOf(job.id())).build()).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermissions(Permissions.REPORT_READ)
    public ReportJob get(@PathParam("id") long id) {
        return jobs.get(caller.current(), id);
    }

    /** Cancels a queued or running job (409 when it has ended). */
    @DELETE
    @Path("{id}")
    @RequiresPermissions(Permissions.REPORT_READ)
    public ReportJob cancel(@PathParam("id") long id) {
        return jobs.cancel(caller.current(), id);
    }

    @GET
    @Path("{id}/result")
    @Produces({MediaType.APPLICATION_JSON, ReportDownload.XLSX, ReportDownload.PDF})
    @RequiresPermissions(Permissions.REPORT_READ)
    public Response result(@PathParam("id") long id, @QueryParam("format") String format) {
        return download.answer(jobs.result(caller.current(), id), format, id);
    }
}
