package org.gridpatrol.server.task;

import java.util.List;
import java.util.Objects;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskStep;
import org.gridpatrol.server.problem.ProblemException;

/** The refusals of tasks, with their codes. */
final class TaskProblems {
    private TaskProblems() {
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("task.not-found", "there is no task " + id);
    }

    static ProblemException refusal(String pointer, String code, String sentence) {
        return ProblemException.unprocessable(code, sentence, List.of(TaskChecks.error(pointer, code, sentence)));
    }

    /**
     * A phone that lost the answer to a step sends it again: the same step with the same position,
     * photo and note is answered with the task as it stands instead of a conflict.
     */
    static boolean repeats(Task task, String to, TaskStep step) {
        if (!to.equals(task.state())) {
            return false;
        }
        if (Task.ACCEPTED.equals(to)) {
            return near(task.acceptedLon(), step.lon()) && near(task.acceptedLat(), step.lat());
        }
        return near(task.completedLon(), step.lon()) && near(task.completedLat(), step.lat())
                && Objects.equals(task.photoId(), step.photoId())
                && Objects.equals(blankToNull(task.note()), blankToNull(step.note()));
    }

    private static boolean near(Double stored, Double sent) {
        return stored != null && sent != null && Math.abs(stored - sent) < 1e-7;
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** A task goes ASSIGNED ▸ ACCEPTED ▸ COMPLETED, one step at a time: anything else is 409. */
    static void refuseStep(Task task, String to) {
        if (Task.COMPLETED.equals(task.state())) {
            throw ProblemException.conflict("task.already-completed", "task " + task.id() + " is already completed");
        }
        if (Task.ACCEPTED.equals(to) && Task.ACCEPTED.equals(task.state())) {
            throw ProblemException.conflict("task.already-accepted", "task " + task.id() + " is already accepted");
        }
        if (Task.COMPLETED.equals(to) && Task.ASSIGNED.equals(task.state())) {
            throw ProblemException.conflict("task.not-accepted", "task " + task.id() + " must be accepted before it is completed");
        }
    }
}
