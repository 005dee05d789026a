package org.gridpatrol.server.alarmrule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gridpatrol.engine.rules.RuleSet;
import org.gridpatrol.engine.rules.ThresholdSetting;
import org.gridpatrol.model.alarm.AlarmRuleSet;

/** The {@code alarm_rule_set} table read as the engine's rule sets or as the API's records. */
final class RuleSetRows {
    private static final Logger LOG = Logger.getLogger(RuleSetRows.class.getName());
    static final ObjectMapper JSON = new ObjectMapper();

    static final String COLUMNS = "r.id, r.org_unit_id, r.grid_id, r.valid_from, r.thresholds::text, r.note, "
            + "r.created_by, r.created_at";

    /** Changes whenever a set is added, changed or removed, however it was written. */
    static final String VERSION = "SELECT count(*) || '-' || coalesce(max(id), 0) || '-' || coalesce(md5("
            + "string_agg(id || valid_from::text || thresholds::text, ',' ORDER BY id)), '') FROM alarm_rule_set";

    private RuleSetRows() {
    }

    static List<RuleSet> all(Connection db) throws SQLException {
        List<RuleSet> sets = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT " + COLUMNS + " FROM alarm_rule_set r");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                sets.add(new RuleSet(row.getLong(1), nullable(row, 2), nullable(row, 3),
                        row.getTimestamp(4).toInstant(), settings(row.getLong(1), parse(row.getString(5)))));
            }
        }
        return sets;
    }

    static AlarmRuleSet record(ResultSet row, Map<String, Double> effective) throws SQLException {
        return new AlarmRuleSet(row.getLong(1), nullable(row, 2), nullable(row, 3), row.getTimestamp(4).toInstant(),
                parse(row.getString(5)), row.getString(6), nullable(row, 7), row.getTimestamp(8).toInstant(), effective);
    }

    /** The thresholds by name, in the order of the settings. */
    static Map<String, Double> named(Map<ThresholdSetting, Double> settings) {
        Map<String, Double> named = new LinkedHashMap<>();
        settings.forEach((s, v) -> named.put(s.key, v));
        return named;
    }

    static String json(Map<String, Double> thresholds) {
        try {
            return JSON.writeValueAsString(thresholds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("thresholds do not serialise", e);
        }
    }

    private static Map<String, Double> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alarm_rule_set holds thresholds that are not a map of numbers: " + json, e);
        }
    }

    /** A set written past the API (by SQL) may name what the engine does not know: it is left out, loudly. */
    private static Map<ThresholdSetting, Double> settings(long id, Map<String, Double> named) {
        Map<ThresholdSetting, Double> settings = new EnumMap<>(ThresholdSetting.class);
        named.forEach((key, value) -> {
            ThresholdSetting s = ThresholdSetting.byKey(key).orElse(null);
            if (s == null || value == null || s.refusal(value) != null) {
                LOG.warning(() -> "alarm_rule_set " + id + ": " + key + " = " + value + " ignored");
            } else {
                settings.put(s, value);
            }
        });
        return settings;
    }

    private static Long nullable(ResultSet row, int column) throws SQLException {
        long v = row.getLong(column);
        return row.wasNull() ? null : v;
    }

    static Instant now(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT now()"); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getTimestamp(1).toInstant();
        }
    }
}
