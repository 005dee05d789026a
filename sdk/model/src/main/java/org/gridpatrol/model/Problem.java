package org.gridpatrol.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error answer of the GridPatrol API
 * ({@code application/problem+json}).
 *
 * @param type     URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    short human summary of the kind of problem
 * @param status   the HTTP status code
 * @param detail   a human sentence about this occurrence
 * @param code     machine-readable code, stable across versions (e.g. {@code grid.self-intersection})
 * @param instance the request path the problem occurred on
 * @param errors   per-item reasons when one request carried many items (fields, fixes, features)
 * @param extensions further members of this kind of problem (RFC 9457 extension members),
 *                 written at the top level of the JSON object
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code,
                      String instance, List<FieldError> errors,
                      @JsonIgnore Map<String, Object> extensions) {

    /** The media type of a problem answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of the {@code type} URIs: the code appended gives a stable identifier. */
    public static final String TYPE_BASE = "urn:gridpatrol:problem:";

    /**
     * A problem with a code, a status and a sentence.
     *
     * @param status the HTTP status
     * @param code   machine-readable code
     * @param title  short summary
     * @param detail the sentence for a human
     * @return the problem, without instance and item errors
     */
    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, null, null, Map.of());
    }

    /**
     * The same problem for a given request path.
     *
     * @param path the request path
     * @return a copy with {@code instance} set
     */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, code, path, errors, extensions);
    }

    /**
     * The same problem with item-level reasons.
     *
     * @param itemErrors the reasons, one per bad item
     * @return a copy with {@code errors} set
     */
    public Problem withErrors(List<FieldError> itemErrors) {
        return new Problem(type, title, status, detail, code, instance, List.copyOf(itemErrors), extensions);
    }

    /**
     * The same problem with one more extension member.
     *
     * @param member the member's name
     * @param value  its value, serialised as JSON
     * @return a copy carrying it
     */
    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, code, instance, errors, Map.copyOf(more));
    }

    /** @return the extension members, for the JSON writer */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }

    /**
     * Why one item of a request was refused.
     *
     * @param pointer JSON pointer or name of the item ({@code /fixes/3/lat})
     * @param code    machine-readable reason
     * @param message human sentence
     */
    public record FieldError(String pointer, String code, String message) {
    }
}
