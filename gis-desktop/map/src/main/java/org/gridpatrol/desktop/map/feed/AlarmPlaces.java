package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.AlarmPlace;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.alarm.EvidenceFix;
import org.openide.util.RequestProcessor;

/**
 * The places of the alarms still going on: the newest alarms ({@code GET /alarms}) after sign-in,
 * then {@code alarm.opened}/{@code alarm.closed} events; each place is the first fix that opened
 * the alarm ({@code GET /alarms/{id}}). Alarms raised by a timer (lost contact) have no such fix.
 */
public final class AlarmPlaces {
    private static final Logger LOG = Logger.getLogger(AlarmPlaces.class.getName());
    private static final TypeReference<List<AlarmView>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<AlarmDetail> DETAIL = new TypeReference<>() {
    };
    /** How many of the newest alarms are read after sign-in (they also tell the officers' statuses). */
    static final int READ = 500;
    /** Of those, how many of the newest are looked at for places (each ongoing one costs a request). */
    static final int NEWEST = 200;
    /** Details are read off the event stream's thread, one at a time, in the order the events came. */
    private static final RequestProcessor READER = new RequestProcessor("GridPatrol alarm places", 1);

    private final ServerConnection connection;
    private final Consumer<List<AlarmPlace>> sink;
    private final Map<Long, AlarmPlace> places = new ConcurrentHashMap<>();

    /** @param connection the server; @param sink told every place of alarms going on after each change */
    public AlarmPlaces(ServerConnection connection, Consumer<List<AlarmPlace>> sink) {
        this.connection = connection;
        this.sink = sink;
    }

    /**
     * Reads the newest alarms and places those going on, forgetting earlier places; blocks.
     *
     * @return the newest {@link #READ} alarms, newest first, for whoever else needs them
     */
    public List<AlarmView> loadAll() {
        places.clear();
        List<AlarmView> newest = connection.get("/alarms?limit=" + READ, LIST);
        for (AlarmView alarm : newest.subList(0, Math.min(NEWEST, newest.size()))) {
            if (alarm.endedAt() == null) {
                place(alarm);
            }
        }
        sink.accept(List.copyOf(places.values()));
        return newest;
    }

    /** @param events the stream to follow for alarms opened and closed */
    public void follow(ServerEvents events) {
        Consumer<JsonNode> changed = data -> READER.post(() -> {
            try {
                changed(connection.mapper().treeToValue(data, AlarmView.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | ServerException e) {
                LOG.log(Level.INFO, "alarm place not read", e);
            }
        });
        events.subscribe("alarm.opened", changed);
        events.subscribe("alarm.closed", changed);
    }

    /** @param alarm an alarm that opened or closed: its place is added or taken away */
    void changed(AlarmView alarm) {
        if (alarm.endedAt() == null) {
            place(alarm);
        } else {
            places.remove(alarm.id());
        }
        sink.accept(List.copyOf(places.values()));
    }

    private void place(AlarmView alarm) {
        if (places.containsKey(alarm.id())) {
            return;
        }
        List<EvidenceFix> opening = connection.get("/alarms/" + alarm.id(), DETAIL).openedBy();
        if (opening != null && !opening.isEmpty()) {
            EvidenceFix first = opening.get(0);
            places.put(alarm.id(), new AlarmPlace(alarm.id(), alarm.officerId(), alarm.type(), first.lon(), first.lat(),
                    alarm.startedAt()));
        }
    }
}
