package org.gridpatrol.web.integration;

import jakarta.ws.rs.core.Response;
import org.gridpatrol.server.integration.FeedPage;
import org.gridpatrol.server.integration.TrackPage;

/** A page as an answer: the body, and the cursor in headers too (CSV has nowhere else to put it). */
final class FeedAnswer {
    static final String NEXT = "X-Next-Cursor";
    static final String MORE = "X-More";

    private FeedAnswer() {
    }

    static Response json(FeedPage page) {
        return Response.ok(page.toJson()).header(NEXT, page.next()).header(MORE, page.more()).build();
    }

    static Response features(FeedPage page) {
        return Response.ok(page.toFeatureCollection(), IntegrationFeedResource.GEO_JSON)
                .header(NEXT, page.next()).header(MORE, page.more()).build();
    }

    static Response track(TrackPage page, boolean csv) {
        return Response.ok(csv ? page.toCsv() : page.toGeoJson(), csv ? "text/csv; charset=utf-8" : IntegrationFeedResource.GEO_JSON)
                .header(NEXT, page.next()).header(MORE, page.more()).build();
    }
}
