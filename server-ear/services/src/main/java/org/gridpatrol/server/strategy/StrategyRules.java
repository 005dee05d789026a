package org.gridpatrol.server.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.server.problem.ProblemException;

/**
 * The two profiles a supervisor picks from, the built-in default, and the limits a custom
 * strategy must keep. Plain Java: the same rules check a request and answer the phone.
 */
public final class StrategyRules {
    /** A fix every 5 s and an upload every 30 s: what the alarm rules are tuned for. */
    public static final LocationStrategy PRECISE = new LocationStrategy("PRECISE", 5, 10, 30, true);
    /** A fix every 30 s, uploads every 5 min: a day on one battery. */
    public static final LocationStrategy POWER_SAVING = new LocationStrategy("POWER_SAVING", 30, 50, 300, true);
    /** What applies where nobody has set anything. */
    public static final LocationStrategy DEFAULT = PRECISE;

    private static final Map<String, LocationStrategy> PRESETS = Map.of("PRECISE", PRECISE, "POWER_SAVING", POWER_SAVING);

    private StrategyRules() {
    }

    /**
     * @param requested what a supervisor sent
     * @return the complete strategy: a profile's own values, or the custom ones checked
     * @throws ProblemException 400 without a body; 422 with the first rule broken as its code
     *                          ({@code strategy.profile-unknown}, {@code strategy.preset-values-differ},
     *                          {@code strategy.fix-interval-out-of-range}, {@code strategy.accuracy-out-of-range},
     *                          {@code strategy.upload-interval-out-of-range}, {@code strategy.upload-before-fix},
     *                          {@code strategy.value-missing}) and every one in {@code errors}
     */
    public static LocationStrategy resolve(LocationStrategy requested) {
        if (requested == null) {
            throw ProblemException.badRequest("request.body-missing", "the request needs a JSON body");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        LocationStrategy preset = requested.profile() == null ? null : PRESETS.get(requested.profile());
        if (preset != null) {
            checkSameAsPreset(requested, preset, errors);
            refuse(errors);
            return requested.onDutyOnly() == null ? preset : new LocationStrategy(preset.profile(), preset.fixIntervalS(),
                    preset.accuracyM(), preset.uploadIntervalS(), requested.onDutyOnly());
        }
        if (!"CUSTOM".equals(requested.profile())) {
            errors.add(new Problem.FieldError("/profile", "strategy.profile-unknown",
                    "profile is POWER_SAVING, PRECISE or CUSTOM"));
            refuse(errors);
        }
        range(errors, "/fixIntervalS", requested.fixIntervalS(), 1, 3600, "strategy.fix-interval-out-of-range");
        range(errors, "/accuracyM", requested.accuracyM(), 5, 1000, "strategy.accuracy-out-of-range");
        range(errors, "/uploadIntervalS", requested.uploadIntervalS(), 5, 3600, "strategy.upload-interval-out-of-range");
        if (requested.onDutyOnly() == null) {
            errors.add(new Problem.FieldError("/onDutyOnly", "strategy.value-missing", "onDutyOnly is required with CUSTOM"));
        }
        if (errors.isEmpty() && requested.uploadIntervalS() < requested.fixIntervalS()) {
            errors.add(new Problem.FieldError("/uploadIntervalS", "strategy.upload-before-fix",
                    "the upload interval may not be shorter than the fix interval"));
        }
        refuse(errors);
        return requested;
    }

    private static void checkSameAsPreset(LocationStrategy requested, LocationStrategy preset, List<Problem.FieldError> errors) {
        differs(errors, "/fixIntervalS", requested.fixIntervalS(), preset.fixIntervalS(), preset.profile());
        differs(errors, "/accuracyM", requested.accuracyM(), preset.accuracyM(), preset.profile());
        differs(errors, "/uploadIntervalS", requested.uploadIntervalS(), preset.uploadIntervalS(), preset.profile());
    }

    private static void differs(List<Problem.FieldError> errors, String pointer, Integer sent, Integer preset, String profile) {
        if (sent != null && !Objects.equals(sent, preset)) {
            errors.add(new Problem.FieldError(pointer, "strategy.preset-values-differ", pointer.substring(1) + " of "
                    + profile + " is " + preset + "; leave it out, or choose CUSTOM"));
        }
    }

    private static void range(List<Problem.FieldError> errors, String pointer, Integer value, int min, int max, String code) {
        if (value == null) {
            errors.add(new Problem.FieldError(pointer, "strategy.value-missing", pointer.substring(1) + " is required with CUSTOM"));
        } else if (value < min || value > max) {
            errors.add(new Problem.FieldError(pointer, code, pointer.substring(1) + " must be between " + min + " and " + max));
        }
    }

    private static void refuse(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.get(0).code(), "the location strategy cannot be used: "
                    + errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
        }
    }
}
