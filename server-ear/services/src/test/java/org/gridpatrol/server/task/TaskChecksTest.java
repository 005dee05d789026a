package org.gridpatrol.server.task;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskDraft;
import org.gridpatrol.model.task.TaskStep;
import org.gridpatrol.server.problem.ProblemException;
import org.junit.jupiter.api.Test;

class TaskChecksTest {
    private static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");

    private static String refusal(Runnable check) {
        return assertThrows(ProblemException.class, check::run).problem().code();
    }

    @Test
    void aDeadlineJustBehindTheClockIsAcceptedAndOneAnHourAgoIsNot() {
        assertDoesNotThrow(() -> TaskChecks.draft(new TaskDraft(1L, "巡查", null, null, null, null, null, NOW.minusSeconds(30)), NOW));
        assertEquals("task.due-in-past", refusal(() -> TaskChecks.draft(
                new TaskDraft(1L, "巡查", null, null, null, null, null, NOW.minusSeconds(3600)), NOW)));
    }

    @Test
    void aPositionIsBothCoordinatesInRange() {
        assertEquals("task.position-incomplete", refusal(() -> TaskChecks.draft(
                new TaskDraft(1L, "巡查", null, null, 32.9, null, null, null), NOW)));
        assertEquals("task.position-out-of-range", refusal(() -> TaskChecks.draft(
                new TaskDraft(1L, "巡查", null, 190.0, 32.9, null, null, null), NOW)));
        assertEquals("task.position-missing", refusal(() -> TaskChecks.step(new TaskStep(null, null, null, null), true)));
    }

    @Test
    void stepsGoOneAtATimeInOrder() {
        Task assigned = task(Task.ASSIGNED);
        Task accepted = task(Task.ACCEPTED);
        Task completed = task(Task.COMPLETED);
        assertDoesNotThrow(() -> TaskProblems.refuseStep(assigned, Task.ACCEPTED));
        assertDoesNotThrow(() -> TaskProblems.refuseStep(accepted, Task.COMPLETED));
        assertEquals("task.not-accepted", refusal(() -> TaskProblems.refuseStep(assigned, Task.COMPLETED)));
        assertEquals("task.already-accepted", refusal(() -> TaskProblems.refuseStep(accepted, Task.ACCEPTED)));
        assertEquals("task.already-completed", refusal(() -> TaskProblems.refuseStep(completed, Task.ACCEPTED)));
        assertEquals("task.already-completed", refusal(() -> TaskProblems.refuseStep(completed, Task.COMPLETED)));
    }

    private static Task task(String state) {
        return new Task(9, 1, "巡查", "", null, null, null, null, null, state, false, null, NOW, null, null, null, null,
                null, null, null, null);
    }
}
