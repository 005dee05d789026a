package org.gridpatrol.simulator.patrol;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridpatrol.simulator.geo.LocalMetres;
import org.gridpatrol.simulator.street.StreetGraph;
import org.locationtech.jts.geom.Geometry;

/** The district as the simulated officers know it: the streets and the live grids, in metres. */
public final class Territory {

    /** A grid in metres. */
    public record Grid(long id, String kind, String name, Geometry area) {
        /** @return whether it is a unit grid (单元网格), the kind officers are assigned to */
        public boolean unit() {
            return "UNIT_GRID".equals(kind);
        }
    }

    private final LocalMetres plane;
    private final StreetGraph streets;
    private final Map<Long, Grid> grids;
    private final int[] reachable;

    public Territory(LocalMetres plane, StreetGraph streets, Collection<Grid> grids) {
        this.plane = plane;
        this.streets = streets;
        this.grids = grids.stream().collect(Collectors.toUnmodifiableMap(Grid::id, Function.identity()));
        this.reachable = streets.largestComponent();
    }

    public LocalMetres plane() {
        return plane;
    }

    public StreetGraph streets() {
        return streets;
    }

    public Map<Long, Grid> grids() {
        return grids;
    }

    /** @return the nodes of the main street network (the others are stray pieces nobody walks) */
    public int[] reachableNodes() {
        return reachable;
    }

    /** The beat of an officer responsible for these grids (unknown ids are left out). */
    public Beat beat(List<Long> ownGridIds) {
        return new Beat(this, ownGridIds.stream().map(grids::get).filter(g -> g != null).toList());
    }
}
