package org.gridpatrol.desktop.organization.window;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.organization.tree.OrgDirectory;
import org.gridpatrol.model.Page;
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.model.org.OrgUnit;

/**
 * The organization read from the server: units and officers all at once when loaded (a
 * district is some hundreds), each officer's devices when his node opens.
 */
final class ServerOrgDirectory implements OrgDirectory {
    private static final int PAGE = 500;
    private static final TypeReference<List<OrgUnit>> UNITS = new TypeReference<>() {
    };
    private static final TypeReference<Page<Officer>> OFFICERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Device>> DEVICES = new TypeReference<>() {
    };

    private final ServerConnection connection;
    private final List<OrgUnit> roots = new ArrayList<>();
    private final Map<Long, OrgUnit> units = new LinkedHashMap<>();
    private final Map<Long, Officer> officers = new LinkedHashMap<>();

    ServerOrgDirectory(ServerConnection connection) {
        this.connection = connection;
    }

    /** Reads every unit and officer the caller sees; blocks. */
    ServerOrgDirectory load() {
        for (OrgUnit root : connection.get("/org-units", UNITS)) {
            roots.add(root);
            connection.get("/org-units/" + root.id() + "/subtree", UNITS).forEach(u -> units.put(u.id(), u));
            // a unit's officers are those of its whole subtree: one listing per root
            long total = Long.MAX_VALUE;
            for (int offset = 0; offset < total; offset += PAGE) {
                Page<Officer> page = connection.get("/org-units/" + root.id() + "/officers?offset=" + offset
                        + "&limit=" + PAGE, OFFICERS);
                total = page.total();
                page.items().forEach(o -> officers.put(o.id(), o));
            }
        }
        return this;
    }

    /** @return every officer read */
    List<Officer> allOfficers() {
        return new ArrayList<>(officers.values());
    }

    @Override
    public List<OrgUnit> roots() {
        return roots;
    }

    @Override
    public List<OrgUnit> children(long unitId) {
        return units.values().stream().filter(u -> u.parentId() != null && u.parentId() == unitId).toList();
    }

    @Override
    public List<Officer> officers(long unitId) {
        return officers.values().stream().filter(o -> o.squadId() == unitId).toList();
    }

    @Override
    public List<Device> devices(long officerId) {
        return connection.get("/officers/" + officerId + "/devices", DEVICES);
    }
}
