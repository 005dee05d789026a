package org.gridpatrol.simulator.street;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gridpatrol.simulator.geo.LocalMetres;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class StreetGraphTest {

    @Test
    void aStreetEndingShortOfAnotherIsJoinedToIt() {
        // a T: the stem stops 1.5 m short of the bar, as rounding leaves it
        StreetGraph g = StreetGraph.of(List.of(
                StreetGraph.line(new Coordinate(0, 0), new Coordinate(200, 0)),
                StreetGraph.line(new Coordinate(100, 1.5), new Coordinate(100, 150))));
        assertEquals(3, g.edges().size(), "bar split in two, plus the stem: " + g.edges());
        assertEquals(4, g.nodes().size());
        int junction = g.nearestNode(new Coordinate(100, 0));
        assertEquals(3, g.edgesAt(junction).size());
        assertTrue(g.node(junction).distance(new Coordinate(100, 0)) < 0.2);
    }

    @Test
    void theShortestRouteFollowsTheStreets() {
        StreetGraph g = StreetGraph.of(List.of(
                StreetGraph.line(new Coordinate(0, 0), new Coordinate(100, 0), new Coordinate(100, 100)),
                StreetGraph.line(new Coordinate(0, 0), new Coordinate(0, 300), new Coordinate(100, 300), new Coordinate(100, 100))));
        int a = g.nearestNode(new Coordinate(0, 0));
        int b = g.nearestNode(new Coordinate(100, 100));
        StreetGraph.Route r = g.shortestRoute(a, n -> n == b);
        assertNotNull(r);
        double length = r.edges().stream().mapToDouble(StreetGraph.Edge::length).sum();
        assertEquals(200, length, 7, "the short way round, stretched tips aside");
        assertTrue(r.path().get(0).distance(g.node(a)) < 1e-9);
        assertTrue(r.path().get(r.path().size() - 1).distance(g.node(b)) < 1e-9);
    }

    @Test
    void theDemoStreetsAreOneNetwork() {
        StreetGraph g = Roads.graph(null, new LocalMetres(117.36, 32.93));
        int[] main = g.largestComponent();
        long used = g.nodes().stream().filter(n -> !g.edgesAt(g.nodes().indexOf(n)).isEmpty()).count();
        assertTrue(main.length >= 0.98 * used, main.length + " of " + used + " nodes connected");
        assertTrue(g.edges().size() > 150, g.edges().size() + " edges");
        double total = g.edges().stream().mapToDouble(StreetGraph.Edge::length).sum();
        assertTrue(total > 30_000 && total < 120_000, "street length " + total);
    }
}
