package org.gridpatrol.model.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A suggested walk through checkpoints: their order and the path.
 *
 * @param planId        the plan, or null for {@code POST /routes}
 * @param order         the checkpoint ids in walking order (a forced order is kept as it is)
 * @param mode          {@code ROAD_NETWORK} (shortest paths over the loaded streets with pgRouting) or
 *                      {@code STRAIGHT_LINE}
 * @param modeReason    why straight lines, when they are: no street network loaded, pgRouting not installed,
 *                      or checkpoints the network does not connect
 * @param lengthM       the length of the path in metres, from the first checkpoint to the last
 * @param legs          the length of each step, order[i] to order[i+1]
 * @param path          GeoJSON LineString of the whole walk (WGS84)
 */
public record Route(Long planId, List<Long> order, String mode, String modeReason, double lengthM, List<Double> legs,
                    JsonNode path) {
    /** Mode of a route over the street network. */
    public static final String ROAD_NETWORK = "ROAD_NETWORK";
    /** Mode of a route drawn as straight lines between checkpoints. */
    public static final String STRAIGHT_LINE = "STRAIGHT_LINE";
}
