package org.gridpatrol.web.param;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Reads query parameters, answering 400 with the parameter's name when one cannot be read
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {
    private QueryParams() {
    }

    /** @return the whole number, or the default when absent */
    public static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, value, "a whole number");
        }
    }

    /** @return the id, or null when absent */
    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, value, "an id (a whole number)");
        }
    }

    /** @return true or false, or the default when absent */
    public static boolean flag(String name, String value, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, value, "true or false");
        };
    }

    /**
     * @return the instant of an ISO-8601 date-time with offset ({@code 2026-12-01T02:00:00+08:00}),
     *         or null when absent. A '+' sent unescaped arrives as a space and is read as '+'.
     */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "an ISO-8601 date-time with offset, e.g. 2026-12-01T02:00:00+08:00");
        }
    }

    /** @return the instant asked about, or now when absent */
    public static Instant instantOrNow(String name, String value) {
        Instant at = instant(name, value);
        return at != null ? at : Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** @return the ISO-8601 calendar day, or null when absent */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "an ISO-8601 day, e.g. 2026-10-01");
        }
    }

    /**
     * @param name  the parameter's name
     * @param value comma-separated finite numbers, or null
     * @param count how many numbers are expected
     * @return the numbers, or null when absent
     */
    public static double[] numbers(String name, String value, int count) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw invalid(name, value, count + " comma-separated numbers");
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw invalid(name, value, count + " comma-separated numbers");
            }
            if (!Double.isFinite(numbers[i])) {
                throw invalid(name, value, count + " finite numbers");
            }
        }
        return numbers;
    }

    private static ProblemException invalid(String name, String value, String what) {
        return ProblemException.badRequest("query.invalid", "the query parameter " + name + "=" + value
                + " is not " + what);
    }
}
