package org.gridpatrol.server.strategy;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.model.strategy.StrategyInForce;
import org.gridpatrol.server.message.MessageQueue;
import org.gridpatrol.server.officer.OfficerEntity;
import org.gridpatrol.server.officer.Officers;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Location strategies of org units and officers, within the caller's scope (404 outside it). Every
 * change queues a {@code STRATEGY} message with the strategy now in force for each phone it
 * affects, so the phones switch at once.
 */
@Stateless
public class LocationStrategies {
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Inject
    private OrgUnits units;
    @Inject
    private Officers officers;
    @Inject
    private ComplianceWatch compliance;

    /** @return the unit's own strategy, else its nearest ancestor's, else the default; 404 outside scope */
    public StrategyInForce ofUnit(Caller caller, long unitId) {
        units.get(caller, unitId);
        try (Connection db = dataSource.getConnection()) {
            return StrategyRows.forUnit(db, unitId);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a location strategy failed", e);
        }
    }

    /** Sets the unit's own strategy and tells every phone of its subtree that follows it. */
    public StrategyInForce setForUnit(Caller caller, long unitId, LocationStrategy requested) {
        LocationStrategy strategy = StrategyRules.resolve(requested);
        OrgUnitEntity unit = units.get(caller, unitId);
        try (Connection db = dataSource.getConnection()) {
            StrategyRows.put(db, "org_unit_location_strategy", unitId, strategy, caller.userId());
            tellSubtree(db, unit.path(), caller.userId());
            return StrategyRows.forUnit(db, unitId);
        } catch (SQLException e) {
            throw new IllegalStateException("storing a location strategy failed", e);
        }
    }

    /** @return the officer's strategy in force, with whether his phone follows it; 404 outside scope */
    public StrategyInForce ofOfficer(Caller caller, long officerId) {
        OfficerEntity officer = officers.get(caller, officerId);
        try (Connection db = dataSource.getConnection()) {
            StrategyInForce inForce = StrategyRows.forOfficer(db, officerId, officer.squadId());
            return new StrategyInForce(inForce.strategy(), inForce.source(), inForce.orgUnitId(), inForce.updatedAt(),
                    compliance.of(db, officerId));
        } catch (SQLException e) {
            throw new IllegalStateException("reading a location strategy failed", e);
        }
    }

    /** Sets the officer's own strategy, overriding his unit's, and tells his phone. */
    public StrategyInForce setForOfficer(Caller caller, long officerId, LocationStrategy requested) {
        LocationStrategy strategy = StrategyRules.resolve(requested);
        OfficerEntity officer = officers.get(caller, officerId);
        try (Connection db = dataSource.getConnection()) {
            StrategyRows.put(db, "officer_location_strategy", officerId, strategy, caller.userId());
            return tellOfficer(db, officer, caller.userId());
        } catch (SQLException e) {
            throw new IllegalStateException("storing a location strategy failed", e);
        }
    }

    /** Puts the officer back on his unit's strategy and tells his phone; 404 {@code strategy.no-override} when he had none. */
    public StrategyInForce clearForOfficer(Caller caller, long officerId) {
        OfficerEntity officer = officers.get(caller, officerId);
        try (Connection db = dataSource.getConnection()) {
            if (!StrategyRows.deleteOfOfficer(db, officerId)) {
                throw ProblemException.notFound("strategy.no-override",
                        "officer " + officerId + " has no strategy of his own: he follows his unit's");
            }
            return tellOfficer(db, officer, caller.userId());
        } catch (SQLException e) {
            throw new IllegalStateException("removing a location strategy failed", e);
        }
    }

    /** The strategy in force for an officer, for his own phone. */
    public StrategyInForce inForce(Connection db, long officerId, long squadId) throws SQLException {
        return StrategyRows.forOfficer(db, officerId, squadId);
    }

    private StrategyInForce tellOfficer(Connection db, OfficerEntity officer, Long userId) throws SQLException {
        StrategyInForce inForce = StrategyRows.forOfficer(db, officer.id(), officer.squadId());
        MessageQueue.queue(db, List.of(officer.id()), "STRATEGY", body(inForce), userId);
        return inForce;
    }

    /** Each squad's strategy is read once; officers with their own keep theirs and hear nothing. */
    private static void tellSubtree(Connection db, String path, Long userId) throws SQLException {
        Map<Long, List<Long>> bySquad = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT o.squad_id, o.id FROM officer o JOIN org_unit u ON u.id = o.squad_id
                 WHERE o.active AND u.path LIKE ? || '%'
                   AND NOT EXISTS (SELECT 1 FROM officer_location_strategy s WHERE s.id = o.id)
                 ORDER BY o.squad_id, o.id""")) {
            query.setString(1, path);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    bySquad.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2));
                }
            }
        }
        for (Map.Entry<Long, List<Long>> squad : bySquad.entrySet()) {
            MessageQueue.queue(db, squad.getValue(), "STRATEGY", body(StrategyRows.forUnit(db, squad.getKey())), userId);
        }
    }

    static Map<String, Object> body(StrategyInForce inForce) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("strategy", inForce.strategy());
        body.put("source", inForce.source());
        if (inForce.orgUnitId() != null) {
            body.put("orgUnitId", inForce.orgUnitId());
        }
        return body;
    }
}
