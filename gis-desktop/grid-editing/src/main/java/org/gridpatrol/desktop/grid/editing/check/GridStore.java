package org.gridpatrol.desktop.grid.editing.check;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Supplier;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.model.grid.GridCheck;
import org.gridpatrol.model.grid.GridDraft;
import org.gridpatrol.model.grid.GridView;

/** The grid endpoints the editor uses: read one grid, check a draft, create, change. Calls block. */
public final class GridStore {
    private static final TypeReference<GridView> VIEW = new TypeReference<>() {
    };
    private static final TypeReference<GridCheck> CHECK = new TypeReference<>() {
    };
    private static final TypeReference<JsonNode> JSON = new TypeReference<>() {
    };

    private final ServerConnection connection;

    /** @param connection the server */
    public GridStore(ServerConnection connection) {
        this.connection = connection;
    }

    /** @return the grid with its full geometry and version */
    public GridView get(long id) {
        return connection.get("/grids/" + id, VIEW);
    }

    /** @return the grids' FeatureCollection inside a box, not simplified (for snapping) */
    public JsonNode within(double minLon, double minLat, double maxLon, double maxLat) {
        return connection.get(String.format(java.util.Locale.ROOT, "/grids?bbox=%.6f,%.6f,%.6f,%.6f",
                minLon, minLat, maxLon, maxLat), JSON);
    }

    /** @param id the grid being changed, or null for a new one; @return what every check of a save finds */
    public GridCheck check(GridDraft draft, Long id) {
        return refusing(() -> connection.post("/grids/check" + (id == null ? "" : "?id=" + id), draft, CHECK));
    }

    /** @return the new grid @throws GridRefused when a check fails */
    public GridView create(GridDraft draft) {
        return refusing(() -> connection.post("/grids", draft, VIEW));
    }

    /** @return the changed grid @throws GridRefused when a check fails or the version is stale */
    public GridView update(long id, GridDraft draft) {
        return refusing(() -> connection.put("/grids/" + id, draft, VIEW));
    }

    /** Retires a grid (after it was merged into another); @throws GridRefused when the version is stale */
    public void retire(long id, org.gridpatrol.model.grid.GridRetirement retirement) {
        refusing(() -> connection.post("/grids/" + id + "/retire", retirement, JSON));
    }

    private <T> T refusing(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServerException e) {
            if (e.status() == 422 || e.status() == 409) {
                throw new GridRefused(e.code(), e.getMessage(), findings(e.problem()));
            }
            throw e;
        }
    }

    private GridCheck findings(JsonNode problem) {
        JsonNode check = problem == null ? null : problem.get("check");
        if (check == null || check.isNull()) {
            return new GridCheck(List.of(), List.of());
        }
        try {
            return connection.mapper().treeToValue(check, GridCheck.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new GridCheck(List.of(), List.of());
        }
    }
}
