package org.gridpatrol.model.plan;

import java.util.List;

/**
 * Body of {@code POST /api/v1/routes}: a walk through checkpoints not (yet) in a plan.
 *
 * @param checkpointIds 2 to 100 checkpoints
 * @param keepOrder     walk them in the order given instead of the shortest order
 */
public record RouteRequest(List<Long> checkpointIds, Boolean keepOrder) {
}
