package org.gridpatrol.bench.desktop;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.gridpatrol.bench.load.Results;

/**
 * Puts the desktop's frame time into the bench results. The frames are timed by the replay
 * module's {@code ReplayFrameTimeTest} (off-screen, with the desktop's own painters, which the
 * bench cannot load without the NetBeans modules); this reads what it wrote.
 *
 * <p>{@code java -cp benchmarks.jar org.gridpatrol.bench.desktop.DesktopFrame gis-desktop/replay/target/desktop-frame.properties}
 */
public final class DesktopFrame {
    private DesktopFrame() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "gis-desktop/replay/target/desktop-frame.properties");
        Properties figures = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            figures.load(in);
        }
        double frame = Double.parseDouble(figures.getProperty("desktop_frame_ms"));
        double mapOnly = Double.parseDouble(figures.getProperty("map_only_frame_ms"));
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));
        results.put("desktop_frame_ms", frame, "ms", String.format(Locale.ROOT,
                "the same map without the replay and coverage: %.1f ms", mapOnly), "fluid: < 50 ms (20 frames/s)");
        results.write("Desktop frame", "tools/bench/desktop.sh");
    }
}
