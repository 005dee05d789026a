package org.gridpatrol.desktop.options.api;

import java.awt.Color;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;
import org.openide.util.NbPreferences;

/**
 * The supervisor's settings from Tools ▸ Options: the server to sign in to, the base map, the colours
 * of grids by kind and of officers by state, and whether new alarms sound. Kept in the user directory's preferences;
 * other modules read them here and hear when the Options dialog changes them.
 */
public final class DesktopOptions {
    /** The server offered when none was set. */
    public static final String DEFAULT_SERVER = "http://127.0.0.1:8080";
    /** The grid kinds that have a colour. */
    public static final String[] GRID_KINDS = {"UNIT_GRID", "RESPONSIBILITY_ZONE", "KEY_AREA"};
    /** The officer states that have a colour (the organization explorer's status icons). */
    public static final String[] OFFICER_STATES = {"OFF_DUTY", "ON_DUTY", "IN_GRID", "OUTSIDE", "STILL", "LOST_CONTACT"};
    private static volatile DesktopOptions shared;

    private final Preferences preferences;
    private final CopyOnWriteArrayList<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    /** @param preferences where the settings are kept */
    public DesktopOptions(Preferences preferences) {
        this.preferences = preferences;
    }

    /** @return the application's settings */
    public static DesktopOptions get() {
        if (shared == null) {
            synchronized (DesktopOptions.class) {
                if (shared == null) {
                    shared = new DesktopOptions(NbPreferences.forModule(DesktopOptions.class));
                }
            }
        }
        return shared;
    }

    /** @return the server address to sign in to */
    public String server() {
        return preferences.get("server", DEFAULT_SERVER);
    }

    /** @param address the server address to sign in to from now on */
    public void setServer(String address) {
        preferences.put("server", address);
        fire();
    }

    /** @return the outline colour chosen for a grid kind, or null for the map's own */
    public Color gridColour(String kind) {
        int rgb = preferences.getInt("colour." + kind, -1);
        return rgb == -1 ? null : new Color(rgb);
    }

    /** @param kind a grid kind; @param colour its outline colour (the fill is a translucent shade), or null for the map's own */
    public void setGridColour(String kind, Color colour) {
        if (colour == null) {
            preferences.remove("colour." + kind);
        } else {
            preferences.putInt("colour." + kind, colour.getRGB() & 0xffffff);
        }
        fire();
    }

    /** @return the colour chosen for an officer state, or null for the built-in one */
    public Color officerColour(String state) {
        int rgb = preferences.getInt("officer." + state, -1);
        return rgb == -1 ? null : new Color(rgb);
    }

    /** @param state an officer state; @param colour its colour, or null for the built-in one */
    public void setOfficerColour(String state, Color colour) {
        if (colour == null) {
            preferences.remove("officer." + state);
        } else {
            preferences.putInt("officer." + state, colour.getRGB() & 0xffffff);
        }
        fire();
    }

    /** @return the base map the map window shows (none until one is chosen) */
    public BaseMapSource baseMap() {
        return BaseMapSource.parse(preferences.get("basemap", "none:"));
    }

    /**
     * @param kind a kind of source
     * @return the source of that kind saved last, so switching back to a kind keeps its address; empty ones when never set
     */
    public BaseMapSource savedBaseMap(BaseMapSource.Kind kind) {
        BaseMapSource saved = BaseMapSource.parse(preferences.get("basemap." + kind, ""));
        return saved.kind() == kind ? saved : new BaseMapSource(kind, "", "");
    }

    /**
     * Shows a base map from now on and keeps it as the saved source of its kind.
     *
     * @param source a source without a {@linkplain BaseMapSource#problem() problem}
     * @throws IllegalArgumentException when the source has one
     */
    public void setBaseMap(BaseMapSource source) {
        source.problem().ifPresent(p -> {
            throw new IllegalArgumentException(p + ": " + source.format());
        });
        preferences.put("basemap", source.format());
        preferences.put("basemap." + source.kind(), source.format());
        fire();
    }

    /** @return true when new alarms should sound */
    public boolean soundOn() {
        return preferences.getBoolean("sound", true);
    }

    /** @param on whether new alarms sound */
    public void setSoundOn(boolean on) {
        preferences.putBoolean("sound", on);
        fire();
    }

    /** @param listener told after a setting changed, on the thread that changed it */
    public void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    private void fire() {
        ChangeEvent event = new ChangeEvent(this);
        listeners.forEach(l -> l.stateChanged(event));
    }
}
