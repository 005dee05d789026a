package org.gridpatrol.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.gridpatrol.server.problem.ProblemException;

/** Query parameters read with a clear 400 when they are not what they claim to be. */
public final class QueryParams {
    private QueryParams() {
    }

    /**
     * @param name  the parameter's name, for the message
     * @param value ISO-8601 instant with an offset, or null
     * @return the instant, or null when absent
     */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("query.bad-time",
                    name + " must be an ISO-8601 time with an offset, e.g. 2026-11-26T08:30:00+08:00; got " + value);
        }
    }

    /**
     * @param name  the parameter's name
     * @param value comma-separated numbers, or null
     * @param count how many numbers are expected
     * @return the numbers, or null when absent
     */
    public static double[] numbers(String name, String value, int count) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw ProblemException.badRequest("query.bad-numbers", name + " needs " + count + " comma-separated numbers");
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("query.bad-numbers", name + ": \"" + parts[i] + "\" is not a number");
            }
            if (!Double.isFinite(numbers[i])) {
                throw ProblemException.badRequest("query.bad-numbers", name + " must be finite numbers");
            }
        }
        return numbers;
    }
}
