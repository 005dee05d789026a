package org.gridpatrol.server.alarmrule;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.engine.alarm.AlarmThresholds;
import org.gridpatrol.engine.rules.RuleBook;
import org.gridpatrol.engine.rules.RuleSet;
import org.gridpatrol.engine.rules.ThresholdSetting;
import org.gridpatrol.model.alarm.AlarmRuleSet;
import org.gridpatrol.model.alarm.EffectiveAlarmRules;
import org.gridpatrol.model.alarm.NewAlarmRuleSet;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Alarm rule sets: listing those in the caller's scope, adding one from now on (the past keeps
 * its rules: sets in force are never changed), and what is in force for a unit and grid at a time.
 */
@Stateless
public class AlarmRuleService {
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private OrgUnits units;

    @Inject
    private AlarmRuleBook book;

    /** The sets of the org units and grids in the caller's scope, optionally of one unit or grid, by time. */
    public List<AlarmRuleSet> list(Caller caller, Long orgUnitId, Long gridId) {
        String sql = "SELECT " + RuleSetRows.COLUMNS + " FROM alarm_rule_set r LEFT JOIN grid g ON g.id = r.grid_id"
                + " JOIN org_unit u ON u.id = coalesce(r.org_unit_id, g.org_unit_id)"
                + " WHERE u.path LIKE ? || '%' AND (?::bigint IS NULL OR r.org_unit_id = ?)"
                + " AND (?::bigint IS NULL OR r.grid_id = ?) ORDER BY r.valid_from, r.id";
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, caller.pathPrefix());
            setLong(query, 2, orgUnitId);
            setLong(query, 3, orgUnitId);
            setLong(query, 4, gridId);
            setLong(query, 5, gridId);
            List<AlarmRuleSet> sets = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sets.add(RuleSetRows.record(row, null));
                }
            }
            return sets;
        } catch (SQLException e) {
            throw new IllegalStateException("alarm rule sets could not be read", e);
        }
    }

    /** Adds a set; it applies from its {@code validFrom} (now when not given) on. */
    public AlarmRuleSet create(Caller caller, NewAlarmRuleSet request) {
        try (Connection db = dataSource.getConnection()) {
            Instant now = RuleSetRows.now(db);
            RuleSetDraft draft = RuleSetDraft.check(request, now);
            Scope scope = draft.gridId() != null ? Scopes.referencedGrid(db, caller, draft.gridId())
                    : Scopes.unit(units.referenced(caller, draft.orgUnitId(), "/orgUnitId", "alarm-rule", null));
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO alarm_rule_set (org_unit_id, grid_id,"
                    + " valid_from, thresholds, note, created_by) VALUES (?, ?, ?, ?::jsonb, ?, ?)"
                    + " ON CONFLICT ON CONSTRAINT alarm_rule_set_uq DO NOTHING RETURNING id")) {
                setLong(insert, 1, draft.orgUnitId());
                setLong(insert, 2, draft.gridId());
                insert.setTimestamp(3, Timestamp.from(draft.validFrom()));
                insert.setString(4, RuleSetRows.json(RuleSetRows.named(draft.settings())));
                insert.setString(5, draft.note());
                setLong(insert, 6, caller.userId());
                try (ResultSet row = insert.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.conflict("alarm-rule.taken", "there is already a rule set for this "
                                + (draft.gridId() != null ? "grid" : "org unit") + " from " + draft.validFrom());
                    }
                    id = row.getLong(1);
                }
            }
            book.changed();
            RuleBook withIt = new RuleBook(RuleSetRows.all(db), AlarmThresholds.DEFAULTS);
            Map<String, Double> effective = RuleSetRows.named(ThresholdSetting.of(
                    withIt.effective(scope.unitChain(), draft.gridId(), draft.validFrom())));
            return read(db, id, effective);
        } catch (SQLException e) {
            throw new IllegalStateException("the alarm rule set could not be stored", e);
        }
    }

    /**
     * What is in force for an officer of an org unit, in a grid, at a time. Only a grid: its org
     * unit's officers. Either must be in the caller's scope (404 otherwise).
     */
    public EffectiveAlarmRules effective(Caller caller, Long orgUnitId, Long gridId, Instant at) {
        if (orgUnitId == null && gridId == null) {
            throw ProblemException.badRequest("alarm-rule.scope-required", "name an orgUnit, a grid or both");
        }
        try (Connection db = dataSource.getConnection()) {
            Scope scope = gridId != null && orgUnitId == null ? Scopes.visibleGrid(db, caller, gridId)
                    : Scopes.unit(units.get(caller, orgUnitId));
            if (gridId != null && orgUnitId != null) {
                Scopes.visibleGrid(db, caller, gridId);
            }
            RuleBook rules = book.current(db);
            List<RuleSet> sets = rules.inForce(scope.unitChain(), gridId, at);
            return new EffectiveAlarmRules(scope.orgUnitId(), gridId, at,
                    RuleSetRows.named(ThresholdSetting.of(rules.effective(scope.unitChain(), gridId, at))),
                    sets.stream().map(RuleSet::id).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("alarm rule sets could not be read", e);
        }
    }

    private static AlarmRuleSet read(Connection db, long id, Map<String, Double> effective) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT " + RuleSetRows.COLUMNS
                + " FROM alarm_rule_set r WHERE r.id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return RuleSetRows.record(row, effective);
            }
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
