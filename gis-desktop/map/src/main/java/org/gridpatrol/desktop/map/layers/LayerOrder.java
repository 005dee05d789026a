package org.gridpatrol.desktop.map.layers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;

/**
 * Which layers show and in which order, bottom first. The base map is always first (it is the
 * tiles under every painter). Written to and read from one preference string, e.g.
 * {@code BASE_MAP,GRIDS,-COVERAGE,CHECKPOINTS,TRAILS,ALARMS,OFFICERS} ({@code -} = hidden).
 */
public final class LayerOrder {
    private final ChangeSupport changes = new ChangeSupport(this);
    private final List<MapLayer> order = new ArrayList<>(List.of(MapLayer.values()));
    private final Set<MapLayer> hidden = EnumSet.noneOf(MapLayer.class);

    /** @return the layers bottom first */
    public synchronized List<MapLayer> order() {
        return List.copyOf(order);
    }

    /** @return whether a layer is drawn */
    public synchronized boolean visible(MapLayer layer) {
        return !hidden.contains(layer);
    }

    /** @param layer the layer; @param show whether to draw it */
    public void setVisible(MapLayer layer, boolean show) {
        synchronized (this) {
            if (show ? !hidden.remove(layer) : !hidden.add(layer)) {
                return;
            }
        }
        fire();
    }

    /** Moves a layer one place up (drawn later, on top); the base map does not move. */
    public void raise(MapLayer layer) {
        move(layer, +1);
    }

    /** Moves a layer one place down (drawn earlier, under), never below the base map. */
    public void lower(MapLayer layer) {
        move(layer, -1);
    }

    private void move(MapLayer layer, int step) {
        synchronized (this) {
            int from = order.indexOf(layer);
            int to = from + step;
            if (layer == MapLayer.BASE_MAP || to < 1 || to >= order.size()) {
                return;
            }
            order.remove(from);
            order.add(to, layer);
        }
        fire();
    }

    /** @return the preference string of this order */
    public synchronized String format() {
        List<String> parts = new ArrayList<>();
        for (MapLayer layer : order) {
            parts.add((hidden.contains(layer) ? "-" : "") + layer.name());
        }
        return String.join(",", parts);
    }

    /**
     * Takes a stored order; unknown names are skipped and layers it does not name (added by a
     * later version) keep their default place at the top, shown.
     */
    public void parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return;
        }
        List<MapLayer> read = new ArrayList<>();
        Set<MapLayer> off = EnumSet.noneOf(MapLayer.class);
        for (String part : stored.split(",")) {
            String name = part.trim();
            boolean hide = name.startsWith("-");
            try {
                MapLayer layer = MapLayer.valueOf(hide ? name.substring(1) : name);
                if (!read.contains(layer)) {
                    read.add(layer);
                    if (hide) {
                        off.add(layer);
                    }
                }
            } catch (IllegalArgumentException e) {
                // a layer of another version: left out
            }
        }
        for (MapLayer layer : MapLayer.values()) {
            if (!read.contains(layer)) {
                read.add(layer);
            }
        }
        read.remove(MapLayer.BASE_MAP);
        read.add(0, MapLayer.BASE_MAP);
        synchronized (this) {
            order.clear();
            order.addAll(read);
            hidden.clear();
            hidden.addAll(off);
        }
        fire();
    }

    /** @param listener told after every change */
    public void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    private void fire() {
        changes.fireChange();
    }
}
