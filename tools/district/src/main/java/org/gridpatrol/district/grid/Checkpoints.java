package org.gridpatrol.district.grid;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.district.geo.LocalFrame;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Three checkpoints per squad, in three of its unit grids spread over its list, each well inside
 * its grid (the 30 m circle never leaves it). Tags are {@code QR-340303-0001} onwards.
 */
public final class Checkpoints {

    public static final int PER_SQUAD = 3;
    public static final double RADIUS_M = 30;
    private static final double INSET_M = 45;

    private static final List<String> PLACES = List.of(
            "社区服务中心门口", "农贸市场入口", "公交站台", "小区南门", "小学路口", "公共厕所",
            "沿街商铺", "街角广场", "垃圾转运站", "停车场出入口");

    private Checkpoints() {
    }

    /**
     * @param gridsBySquad for each squad, its unit grids (as stored) and their layout entries, same order
     */
    public static List<Checkpoint> place(LocalFrame frame, List<List<Grid>> gridsBySquad,
            List<List<UnitGrid>> layoutBySquad, long firstId) {
        List<Checkpoint> out = new ArrayList<>();
        for (int s = 0; s < gridsBySquad.size(); s++) {
            List<Grid> grids = gridsBySquad.get(s);
            int n = grids.size();
            for (int k = 0; k < PER_SQUAD; k++) {
                int i = (2 * k + 1) * n / (2 * PER_SQUAD);
                Grid grid = grids.get(i);
                int number = out.size() + 1;
                String name = layoutBySquad.get(s).get(i).community().name() + "·" + PLACES.get((number - 1) % PLACES.size());
                out.add(new Checkpoint(firstId + out.size(), grid.id(), name, inside(frame, grid.geom()), RADIUS_M,
                        String.format("QR-%s-%04d", Subdistrict.DISTRICT_CODE, number)));
            }
        }
        return out;
    }

    private static Point inside(LocalFrame frame, Polygon lonLat) {
        Polygon metres = frame.toMetres(lonLat);
        Geometry core = metres.buffer(-INSET_M);
        Point p = (core.isEmpty() ? metres : core).getInteriorPoint();
        return frame.lonLat().createPoint(frame.toLonLat(p.getCoordinate()));
    }
}
