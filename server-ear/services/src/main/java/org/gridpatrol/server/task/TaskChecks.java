package org.gridpatrol.server.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.task.TaskDraft;
import org.gridpatrol.model.task.TaskStep;
import org.gridpatrol.server.problem.ProblemException;

/**
 * What a task and a phone's step on it must hold before anything is looked up. Plain Java; a
 * refusal is 422 with the first rule broken as its code and every one in {@code errors}.
 */
final class TaskChecks {
    static final int MAX_TITLE = 100;
    static final int MAX_TEXT = 1000;
    static final int MAX_NOTE = 500;
    /** A deadline a little behind the server's clock is the phone's or desktop's clock, not a mistake. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private TaskChecks() {
    }

    static void draft(TaskDraft d, Instant now) {
        body(d);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (d.officerId() == null) {
            errors.add(error("/officerId", "task.officer-missing", "officerId names the officer who is to do it"));
        }
        if (d.title() == null || d.title().isBlank()) {
            errors.add(error("/title", "task.title-missing", "a task needs a title"));
        } else if (d.title().strip().length() > MAX_TITLE) {
            errors.add(error("/title", "task.title-too-long", "the title is at most " + MAX_TITLE + " characters"));
        }
        if (d.text() != null && d.text().strip().length() > MAX_TEXT) {
            errors.add(error("/text", "task.text-too-long", "the text is at most " + MAX_TEXT + " characters"));
        }
        position(errors, d.lon(), d.lat(), false);
        if (d.dueAt() != null && d.dueAt().isBefore(now.minus(CLOCK_SLACK))) {
            errors.add(error("/dueAt", "task.due-in-past", "dueAt " + d.dueAt() + " has already passed"));
        }
        refuse(errors, "the task cannot be given");
    }

    static void step(TaskStep s, boolean completing) {
        body(s);
        List<Problem.FieldError> errors = new ArrayList<>();
        position(errors, s.lon(), s.lat(), true);
        if (!completing && (s.photoId() != null || s.note() != null)) {
            errors.add(error(s.photoId() != null ? "/photoId" : "/note", "task.only-on-complete",
                    "a photo and a note go with completing a task, not accepting it"));
        }
        if (s.note() != null && s.note().strip().length() > MAX_NOTE) {
            errors.add(error("/note", "task.note-too-long", "the note is at most " + MAX_NOTE + " characters"));
        }
        refuse(errors, "the step cannot be taken");
    }

    private static void position(List<Problem.FieldError> errors, Double lon, Double lat, boolean required) {
        if (lon == null && lat == null) {
            if (required) {
                errors.add(error("/lon", "task.position-missing", "lon and lat say where the phone stood"));
            }
        } else if (lon == null || lat == null) {
            errors.add(error(lon == null ? "/lon" : "/lat", "task.position-incomplete", "lon and lat go together"));
        } else if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            errors.add(error(!(lon >= -180 && lon <= 180) ? "/lon" : "/lat", "task.position-out-of-range",
                    "lon is -180 to 180 and lat -90 to 90 (WGS84 degrees)"));
        }
    }

    private static void body(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("request.body-missing", "the request needs a JSON body");
        }
    }

    static Problem.FieldError error(String pointer, String code, String sentence) {
        return new Problem.FieldError(pointer, code, sentence);
    }

    static void refuse(List<Problem.FieldError> errors, String what) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.get(0).code(), what + ": " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
        }
    }
}
