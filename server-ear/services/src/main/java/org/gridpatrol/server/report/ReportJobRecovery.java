package org.gridpatrol.server.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridpatrol.server.schema.SchemaStartup;

/**
 * At start-up, report jobs still QUEUED or RUNNING belonged to a server that stopped: they are
 * marked INTERRUPTED with a sentence saying so, instead of looking as if they still ran.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportJobRecovery {
    private static final Logger LOG = Logger.getLogger(ReportJobRecovery.class.getName());

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private SchemaStartup schema;

    @PostConstruct
    void markInterrupted() {
        if (schema.state() == null || !schema.state().current()) {
            return;
        }
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement("""
                UPDATE report_job SET state = 'INTERRUPTED', finished_at = now(),
                       error = 'the server stopped while the report was being made; ask for it again'
                 WHERE state IN ('QUEUED', 'RUNNING')""")) {
            int n = update.executeUpdate();
            if (n > 0) {
                LOG.info(n + " report job(s) left unfinished by the last run marked INTERRUPTED");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not mark unfinished report jobs", e);
        }
    }
}
