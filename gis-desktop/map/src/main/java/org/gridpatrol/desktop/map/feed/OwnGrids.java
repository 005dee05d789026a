package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.model.duty.OfficerDuty;
import org.openide.util.RequestProcessor;

/**
 * Which grids each officer on the map is responsible for ({@code GET /duty/officers/{id}/grids}),
 * read when he first reports and again every {@link #REFRESH} (shifts begin and end), so his
 * dot can say whether he is in his grid. Only officers who report are asked about.
 */
public final class OwnGrids {
    private static final Logger LOG = Logger.getLogger(OwnGrids.class.getName());
    private static final TypeReference<OfficerDuty> DUTY = new TypeReference<>() {
    };
    /** How long a read stays good. */
    static final Duration REFRESH = Duration.ofMinutes(5);
    private static final RequestProcessor READER = new RequestProcessor("GridPatrol own grids", 1);

    private final ServerConnection connection;
    private final OfficerStates states;
    private final Clock clock;
    private final Map<Long, Instant> askedAt = new ConcurrentHashMap<>();

    /** @param connection the server; @param states where the grids go; @param clock the present */
    public OwnGrids(ServerConnection connection, OfficerStates states, Clock clock) {
        this.connection = connection;
        this.states = states;
        this.clock = clock;
    }

    /** @param positions the live positions whose officers are to be known */
    public void follow(LivePositions positions) {
        positions.addChangeListener(e -> {
            Instant now = clock.instant();
            for (OfficerPosition position : positions.latest()) {
                Instant asked = askedAt.get(position.officerId());
                if (asked == null || Duration.between(asked, now).compareTo(REFRESH) >= 0) {
                    askedAt.put(position.officerId(), now);
                    READER.post(() -> read(position.officerId()));
                }
            }
        });
    }

    /** Reads every officer again when next he reports (a new sign-in, an assignment made). */
    public void forget() {
        askedAt.clear();
    }

    /** @param officerId the officer whose grids to read now; blocks */
    public void read(long officerId) {
        try {
            OfficerDuty duty = connection.get("/duty/officers/" + officerId + "/grids?at=" + clock.instant(), DUTY);
            Set<Long> grids = duty.grids().stream().map(g -> g.gridId()).collect(Collectors.toSet());
            states.ownGrids(officerId, grids);
        } catch (ServerException e) {
            LOG.log(Level.FINE, "grids of officer " + officerId + " not read", e);
        }
    }
}
