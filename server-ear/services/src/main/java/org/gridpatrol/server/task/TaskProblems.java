package org.gridpatrol.server.task;

import java.util.List;
import org.gridpatrol.model.task.Task;
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
