package org.gridpatrol.server.integration;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Pages of a {@link Feed} for integration clients, within the caller's org subtree, in the order
 * rows were last written, resumable from a {@link FeedCursor}. Each change of a row is returned
 * once: a row written again later comes again, as its new state.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChangeFeed {
    /** The most rows one page may hold. */
    public static final int MAX_LIMIT = 1000;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param feed   what to read
     * @param caller who reads: only rows of his subtree
     * @param cursor the {@code next} of the previous page, or null to start
     * @param limit  rows wanted, 1 to {@value #MAX_LIMIT}
     * @return the page
     */
    public FeedPage page(Feed feed, Caller caller, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("paging.invalid", "1 ≤ limit ≤ " + MAX_LIMIT);
        }
        FeedCursor after = FeedCursor.decode(cursor);
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(feed.pageSql())) {
            query.setString(1, caller.pathPrefix());
            query.setString(2, Long.toString(after.position()));
            query.setLong(3, after.id());
            query.setInt(4, limit + 1);
            List<String> items = new ArrayList<>();
            FeedCursor last = after;
            boolean more = false;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    last = new FeedCursor(Long.parseLong(row.getString(1)), row.getLong(2));
                    items.add(row.getString(3));
                }
            }
            return new FeedPage(items, last.encode(), more);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the " + feed.noun() + " feed", e);
        }
    }

    /**
     * @return one row as the feed writes it
     * @throws ProblemException 404 {@code <noun>.not-found} when it is absent or outside the caller's subtree
     */
    public String one(Feed feed, Caller caller, long id) {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(feed.oneSql())) {
            query.setString(1, caller.pathPrefix());
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ProblemException.notFound(feed.noun() + ".not-found", "there is no " + feed.noun() + " " + id);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + feed.noun() + " " + id, e);
        }
    }
}
