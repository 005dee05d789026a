package org.gridpatrol.server.integration;

import java.util.List;

/**
 * One page of a feed: items as JSON text (written by PostgreSQL), the cursor to send for the next
 * page, and whether more rows were ready when the page was read.
 *
 * @param items rows, each a JSON object
 * @param next  the cursor after the last item; the request's own cursor when the page is empty
 * @param more  true when another page can be read at once
 */
public record FeedPage(List<String> items, String next, boolean more) {

    /** @return {@code {"items":[...],"next":"...","more":...}} */
    public String toJson() {
        StringBuilder json = new StringBuilder(64 + items.stream().mapToInt(String::length).sum() + items.size());
        json.append("{\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "" : ",").append(items.get(i));
        }
        return json.append("],\"next\":\"").append(next).append("\",\"more\":").append(more).append('}').toString();
    }

    /** @return the items as a GeoJSON FeatureCollection, with {@code next} and {@code more} as foreign members */
    public String toFeatureCollection() {
        StringBuilder json = new StringBuilder(64 + items.stream().mapToInt(String::length).sum() + items.size());
        json.append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "" : ",").append(items.get(i));
        }
        return json.append("],\"next\":\"").append(next).append("\",\"more\":").append(more).append('}').toString();
    }
}
