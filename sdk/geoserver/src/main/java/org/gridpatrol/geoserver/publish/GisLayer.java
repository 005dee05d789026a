package org.gridpatrol.geoserver.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The layers GridPatrol publishes: one view of migration V18 each, with its SLD style. */
public enum GisLayer {
    /** live grids, filled by kind */
    GRID("gis_grid", "网格 Grids"),
    /** each officer's last position */
    OFFICER_POSITION("gis_officer_position", "队员位置 Officers' last positions"),
    /** alarms still open, at the officer's position */
    OPEN_ALARM("gis_open_alarm", "未处理告警 Open alarms"),
    /** yesterday's tracks */
    TRACK_YESTERDAY("gis_track_yesterday", "昨日轨迹 Yesterday's tracks");

    private final String view;
    private final String title;

    GisLayer(String view, String title) {
        this.view = view;
        this.title = title;
    }

    /** @return the database view, also the feature type's and the style's name */
    public String view() {
        return view;
    }

    /** @return the layer title in Chinese and English */
    public String title() {
        return title;
    }

    /** @return the layer's SLD 1.0.0 document */
    public String sld() {
        try (InputStream in = GisLayer.class.getResourceAsStream(view + ".sld")) {
            if (in == null) {
                throw new IllegalStateException("the style " + view + ".sld is missing from the SDK jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
