package org.gridpatrol.server.coverage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * Asks PostgreSQL for a statement's rows in its binary format from the first execution. The
 * driver would otherwise send text until a statement has run five times on the same pooled
 * connection, and a day of fixes is then mostly spent parsing decimal numbers and timestamps
 * (about twice as slow, measured with a day of 50 officers; see tools/bench/RESULTS.md).
 */
final class BinaryTransfer {
    private BinaryTransfer() {
    }

    /** @return the statement, set to be prepared on the server (binary results) at once */
    static PreparedStatement ask(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            // a negative threshold means "server-prepared from the first use", which brings binary rows
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
        return statement;
    }
}
