package org.gridpatrol.server.alarmrule;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.gridpatrol.engine.rules.ThresholdSetting;
import org.gridpatrol.model.alarm.NewAlarmRuleSet;
import org.gridpatrol.server.problem.Violations;

/**
 * A new rule set, checked: one scope, a time not in the past, and every threshold known and in
 * its range. Each fault names its member ({@code /thresholds/offPostMinutes}) in a 422.
 *
 * @param orgUnitId the unit, or null
 * @param gridId    the grid, or null
 * @param validFrom from when
 * @param settings  the thresholds
 * @param note      why, or null
 */
record RuleSetDraft(Long orgUnitId, Long gridId, Instant validFrom, Map<ThresholdSetting, Double> settings, String note) {

    static RuleSetDraft check(NewAlarmRuleSet request, Instant now) {
        Violations.body(request);
        Violations check = new Violations();
        if ((request.orgUnitId() == null) == (request.gridId() == null)) {
            check.add("/orgUnitId", "alarm-rule.scope", "give either orgUnitId or gridId");
        }
        Instant validFrom = request.validFrom() == null ? now : request.validFrom();
        if (validFrom.isBefore(now)) {
            check.add("/validFrom", "alarm-rule.valid-from-past", "validFrom " + validFrom
                    + " is in the past; the rules of the past cannot change (now is " + now + ")");
        }
        Map<ThresholdSetting, Double> settings = new EnumMap<>(ThresholdSetting.class);
        if (request.thresholds() == null || request.thresholds().isEmpty()) {
            check.add("/thresholds", "field.required", "/thresholds needs at least one threshold");
        } else {
            request.thresholds().forEach((key, value) -> {
                String pointer = "/thresholds/" + key;
                ThresholdSetting setting = ThresholdSetting.byKey(key).orElse(null);
                if (setting == null) {
                    check.add(pointer, "alarm-rule.threshold-unknown", "there is no threshold " + key);
                } else if (value == null) {
                    check.add(pointer, "field.required", key + " needs a number");
                } else if (setting.refusal(value) != null) {
                    check.add(pointer, "alarm-rule.threshold-out-of-range", setting.refusal(value));
                } else {
                    settings.put(setting, value);
                }
            });
        }
        String note = check.optionalText("/note", request.note(), 500);
        check.throwIfAny("alarm-rule.invalid", "the alarm rule set cannot be saved");
        return new RuleSetDraft(request.orgUnitId(), request.gridId(), validFrom, settings, note);
    }
}
