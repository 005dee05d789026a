package org.gridpatrol.desktop.replay.window;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.model.track.Track;

/** Reads the officers' tracks for a window from {@code GET /tracks/{officerId}?from=&to=}. */
final class TrackLoader {
    private static final TypeReference<Track> TRACK = new TypeReference<>() {
    };

    private final ServerConnection connection;

    TrackLoader(ServerConnection connection) {
        this.connection = connection;
    }

    /**
     * @param officers the officers
     * @param labels   badge and name of each
     * @param cleaned  the cleaned line instead of every fix
     * @return one track per officer, in the order asked; blocks
     */
    List<ReplayTrack> load(List<Long> officers, LongFunction<String> labels, Instant from, Instant to, boolean cleaned) {
        List<ReplayTrack> tracks = new ArrayList<>();
        for (long officer : officers) {
            Track track = connection.get("/tracks/" + officer + "?from=" + encode(from) + "&to=" + encode(to), TRACK);
            tracks.add(ReplayTrack.of(track, labels.apply(officer), cleaned));
        }
        return tracks;
    }

    private static String encode(Instant t) {
        return URLEncoder.encode(t.toString(), StandardCharsets.UTF_8);
    }
}
