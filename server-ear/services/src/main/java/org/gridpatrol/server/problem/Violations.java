package org.gridpatrol.server.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.gridpatrol.model.Problem;

/**
 * Collects what is wrong with the members of a request, so one 422 answer names all of them.
 * Checks return the cleaned value (trimmed text) so callers keep what they checked.
 */
public final class Violations {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** @throws ProblemException 400 when the request had no body at all */
    public static <T> T body(T body) {
        if (body == null) {
            throw ProblemException.badRequest("request.body-missing", "the request needs a JSON body");
        }
        return body;
    }

    /** Records a reason against a member. */
    public Violations add(String pointer, String code, String message) {
        errors.add(new Problem.FieldError(pointer, code, message));
        return this;
    }

    /** @return the value, after recording a reason when it is null */
    public <T> T required(String pointer, T value) {
        if (value == null) {
            add(pointer, "field.required", pointer + " is required");
        }
        return value;
    }

    /** @return the trimmed text, after recording a reason when it is missing, blank or too long */
    public String text(String pointer, String value, int maxLength) {
        if (value == null) {
            add(pointer, "field.required", pointer + " is required");
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            add(pointer, "field.blank", pointer + " must not be blank");
        } else if (trimmed.length() > maxLength) {
            add(pointer, "field.too-long", pointer + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** @return the trimmed text or null when absent or blank, after recording a reason when too long */
    public String optionalText(String pointer, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            add(pointer, "field.too-long", pointer + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Records a reason when a present text does not match a pattern. */
    public void matches(String pointer, String value, Pattern pattern, String what) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(pointer, "field.format", pointer + " must be " + what);
        }
    }

    /** @return the value, after recording a reason when it is null or outside [min, max] */
    public Integer between(String pointer, Integer value, int min, int max) {
        if (required(pointer, value) != null && (value < min || value > max)) {
            add(pointer, "field.out-of-range", pointer + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** @return the collection, after recording a reason when it is null or empty */
    public <C extends Collection<?>> C notEmpty(String pointer, C values) {
        if (values == null || values.isEmpty()) {
            add(pointer, "field.required", pointer + " needs at least one item");
        }
        return values;
    }

    /** @return true when nothing was recorded */
    public boolean none() {
        return errors.isEmpty();
    }

    /**
     * @param code   the problem code to answer with, e.g. {@code officer.invalid}
     * @param detail the sentence for a human
     * @throws ProblemException 422 naming every member at fault, when there is any
     */
    public void throwIfAny(String code, String detail) {
        if (!errors.isEmpty()) {
            String first = errors.get(0).message();
            throw ProblemException.unprocessable(code,
                    detail + ": " + first + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
                    errors);
        }
    }
}
