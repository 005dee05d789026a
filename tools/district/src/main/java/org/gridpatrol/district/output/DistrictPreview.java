package org.gridpatrol.district.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridpatrol.district.District;
import org.gridpatrol.district.geo.LocalFrame;
import org.gridpatrol.district.grid.Checkpoint;
import org.gridpatrol.district.grid.Grid;
import org.gridpatrol.district.grid.UnitGrid;
import org.gridpatrol.district.org.OrgUnit;
import org.gridpatrol.district.street.Road;
import org.gridpatrol.district.street.RoadKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A map of the district as a PNG, to eyeball it and for the docs: unit grids coloured by squad
 * (shade by community) and labelled with their code, streets by class, key areas in red, checkpoints
 * with their 30 m circle, and a legend. Drawn in the local metric frame, so the scale is true.
 * Chinese labels when a font can show them, codes otherwise.
 */
public final class DistrictPreview {

    private static final Color[] SQUAD_COLOURS = {
        new Color(0x8dd3c7), new Color(0xfdb462), new Color(0xbebada),
        new Color(0xb3de69), new Color(0xfccde5), new Color(0x80b1d3)};
    private static final int MARGIN = 30;
    private static final int LEGEND = 120;

    private final District district;
    private final LocalFrame frame;
    private final Envelope extent;
    private final double scale;
    private final int width;
    private final Font font;
    private final boolean chinese;

    private DistrictPreview(District district, int width) {
        this.district = district;
        this.frame = district.frame();
        this.extent = frame.toMetres(district.boundary()).getEnvelopeInternal();
        this.width = width;
        this.scale = (width - 2.0 * MARGIN) / extent.getWidth();
        Font cjk = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .filter(f -> f.canDisplayUpTo("蚌山区城市管理局网格") == -1).findFirst().orElse(null);
        this.chinese = cjk != null;
        this.font = (chinese ? cjk : new Font(Font.SANS_SERIF, Font.PLAIN, 1)).deriveFont(11f);
    }

    public static void write(District district, Path png, int width) throws IOException {
        new DistrictPreview(district, width).render(png);
    }

    private void render(Path png) throws IOException {
        int height = (int) Math.ceil(extent.getHeight() * scale) + 2 * MARGIN + LEGEND;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xeef3f7));
        g.fillRect(0, 0, width, height);
        try {
            grids(g);
            roads(g);
            keyAreas(g);
            checkpoints(g);
            boundary(g);
            labels(g);
            legend(g, height);
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", png.toFile());
    }

    private void grids(Graphics2D g) {
        List<UnitGrid> layout = district.layout().unitGrids();
        List<OrgUnit> squads = district.org().squads();
        for (int i = 0; i < district.unitGrids().size(); i++) {
            Grid grid = district.unitGrids().get(i);
            Color base = SQUAD_COLOURS[squadIndex(squads, grid.orgUnitId()) % SQUAD_COLOURS.length];
            int community = Integer.parseInt(layout.get(i).community().code());
            g.setColor(community % 2 == 0 ? base.darker() : base);
            g.fill(shape(grid.geom()));
        }
        g.setColor(new Color(0x555555));
        g.setStroke(new BasicStroke(0.8f));
        district.unitGrids().forEach(grid -> g.draw(shape(grid.geom())));
    }

    private void roads(Graphics2D g) {
        for (RoadKind kind : new RoadKind[] {RoadKind.BRANCH, RoadKind.SECONDARY, RoadKind.ARTERIAL}) {
            float w = kind == RoadKind.ARTERIAL ? 6f : kind == RoadKind.SECONDARY ? 3.5f : 2.2f;
            Color casing = kind == RoadKind.ARTERIAL ? new Color(0xa0762a) : new Color(0x8a8a8a);
            Color fill = kind == RoadKind.ARTERIAL ? new Color(0xfbd46d) : Color.WHITE;
            for (Road r : district.roads()) {
                if (r.kind() == kind) {
                    Shape s = shape(r.line());
                    g.setColor(casing);
                    g.setStroke(new BasicStroke(w + 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(s);
                    g.setColor(fill);
                    g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(s);
                }
            }
        }
    }

    private void keyAreas(Graphics2D g) {
        for (Grid k : district.keyAreas()) {
            Shape s = shape(k.geom());
            g.setColor(new Color(220, 30, 30, 90));
            g.fill(s);
            g.setColor(new Color(0xc01010));
            g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f));
            g.draw(s);
        }
    }

    private void checkpoints(Graphics2D g) {
        for (Checkpoint c : district.checkpoints()) {
            double[] p = px(frame.toMetres(c.geom().getCoordinate()));
            double r = Math.max(3, c.radiusM() * scale);
            g.setColor(new Color(20, 60, 200, 70));
            g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
            g.setColor(new Color(0x1030b0));
            g.fill(new Ellipse2D.Double(p[0] - 2.5, p[1] - 2.5, 5, 5));
        }
    }

    private void boundary(Graphics2D g) {
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {12f, 4f, 3f, 4f}, 0f));
        g.draw(shape(district.boundary()));
    }

    private void labels(Graphics2D g) {
        g.setFont(font.deriveFont(9.5f));
        g.setColor(new Color(0x202020));
        List<UnitGrid> layout = district.layout().unitGrids();
        for (int i = 0; i < district.unitGrids().size(); i++) {
            String code = district.unitGrids().get(i).code();
            String text = chinese ? layout.get(i).community().name() + " " + code.substring(12)
                    : code.substring(6, 9) + "-" + code.substring(9, 12) + "-" + code.substring(12);
            centred(g, text, district.unitGrids().get(i).geom().getInteriorPoint());
        }
        g.setColor(new Color(0x900000));
        g.setFont(font.deriveFont(Font.BOLD, 10f));
        for (Grid k : district.keyAreas()) {
            centred(g, chinese ? k.name() : "KEY " + (k.id() - district.keyAreas().get(0).id() + 1), k.geom().getInteriorPoint());
        }
    }

    private void legend(Graphics2D g, int height) {
        int y0 = height - LEGEND + 18;
        g.setFont(font.deriveFont(Font.BOLD, 13f));
        g.setColor(Color.BLACK);
        g.drawString(String.format("%s  340303  seed %d:  %d unit grids, %d key areas, %d checkpoints, %d roads, %d officers",
                chinese ? "蚌山区演示网格" : "Bengshan demo district", District.SEED, district.unitGrids().size(),
                district.keyAreas().size(), district.checkpoints().size(), district.roads().size(),
                district.roster().officers().size()), MARGIN, y0);
        g.setFont(font.deriveFont(11f));
        List<OrgUnit> squads = district.org().squads();
        for (int s = 0; s < squads.size(); s++) {
            int x = MARGIN + (s % 3) * 260;
            int y = y0 + 18 + (s / 3) * 20;
            g.setColor(SQUAD_COLOURS[s % SQUAD_COLOURS.length]);
            g.fillRect(x, y - 10, 18, 12);
            g.setColor(Color.BLACK);
            g.drawRect(x, y - 10, 18, 12);
            g.drawString(chinese ? squads.get(s).name() + " " + squads.get(s).code() : squads.get(s).code(), x + 24, y);
        }
        g.drawString("labels: subdistrict-community-sequence (last 9 digits of the CJ/T 213 code);  red: key areas;"
                + "  blue: checkpoints (30 m);  yellow: arterials", MARGIN, y0 + 70);
        double[] a = {width - MARGIN - 500 * scale, y0 + 85};
        g.setStroke(new BasicStroke(3f));
        g.drawLine((int) a[0], (int) a[1], (int) (a[0] + 500 * scale), (int) a[1]);
        g.drawString("500 m", (int) a[0], (int) a[1] - 6);
    }

    private void centred(Graphics2D g, String text, Point lonLat) {
        double[] p = px(frame.toMetres(lonLat.getCoordinate()));
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (p[0] - w / 2.0), (float) (p[1] + 4));
    }

    private Shape shape(Polygon lonLat) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, lonLat.getExteriorRing(), true);
        for (int i = 0; i < lonLat.getNumInteriorRing(); i++) {
            append(path, lonLat.getInteriorRingN(i), true);
        }
        return path;
    }

    private Shape shape(LineString lonLat) {
        Path2D.Double path = new Path2D.Double();
        append(path, lonLat, false);
        return path;
    }

    private void append(Path2D.Double path, LineString lonLat, boolean close) {
        Coordinate[] cs = lonLat.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            double[] p = px(frame.toMetres(cs[i]));
            if (i == 0) {
                path.moveTo(p[0], p[1]);
            } else {
                path.lineTo(p[0], p[1]);
            }
        }
        if (close) {
            path.closePath();
        }
    }

    private double[] px(Coordinate m) {
        return new double[] {MARGIN + (m.x - extent.getMinX()) * scale, MARGIN + (extent.getMaxY() - m.y) * scale};
    }

    private static int squadIndex(List<OrgUnit> squads, long id) {
        for (int i = 0; i < squads.size(); i++) {
            if (squads.get(i).id() == id) {
                return i;
            }
        }
        return 0;
    }
}
