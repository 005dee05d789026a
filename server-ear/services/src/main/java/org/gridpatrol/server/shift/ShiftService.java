package org.gridpatrol.server.shift;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.shift.NewShift;
import org.gridpatrol.model.shift.Shift;
import org.gridpatrol.model.shift.ShiftUpdate;
import org.gridpatrol.model.shift.ShiftWindow;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.Constraints;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Staleness;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * Shifts (班次): named weekly windows defined by an org unit and available to its subtree.
 * Windows of one shift may not overlap; a shift in use by a live assignment cannot be deactivated.
 */
@Stateless
public class ShiftService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgUnits units;

    public Shift create(Caller caller, NewShift request) {
        Violations.body(request);
        Violations check = new Violations();
        Long orgUnitId = check.required("/orgUnitId", request.orgUnitId());
        String name = check.text("/name", request.name(), 100);
        List<ShiftSchedule.Window> windows = windows(check, request.windows());
        check.throwIfAny("shift.invalid", "the shift cannot be created");
        refuseOverlap(windows);

        units.referenced(caller, orgUnitId, "/orgUnitId", "shift", null);
        refuseTakenName(orgUnitId, name, null);
        ShiftEntity shift = new ShiftEntity(orgUnitId, name);
        shift.replaceWindows(windows);
        em.persist(shift);
        Constraints.flush(em, Map.of("shift_name_uq", () -> nameTaken(name)));
        return shift.toRecord();
    }

    /** Renames a shift and replaces its windows. */
    public Shift update(Caller caller, long id, ShiftUpdate request) {
        Violations.body(request);
        Violations check = new Violations();
        String name = check.text("/name", request.name(), 100);
        List<ShiftSchedule.Window> windows = windows(check, request.windows());
        check.throwIfAny("shift.invalid", "the shift cannot be updated");
        refuseOverlap(windows);

        ShiftEntity shift = visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
        Staleness.refuseIfChanged("shift.stale", "shift " + id, shift.updatedAt(), request.expectedUpdatedAt());
        refuseTakenName(shift.orgUnitId(), name, id);
        shift.rename(name);
        shift.replaceWindows(windows);
        Constraints.flush(em, Map.of("shift_name_uq", () -> nameTaken(name)));
        // windows live in their own table: touch the shift so its updatedAt says it changed
        em.createNativeQuery("UPDATE shift SET updated_at = now() WHERE id = ?1").setParameter(1, id).executeUpdate();
        em.refresh(shift);
        return shift.toRecord();
    }

    public Shift get(Caller caller, long id) {
        return visible(caller, id, LockModeType.NONE).toRecord();
    }

    /**
     * @return the shifts an org unit may use: its own and those of the units above it, by name
     */
    public List<Shift> available(Caller caller, long orgUnitId, boolean includeInactive) {
        OrgUnitEntity unit = units.get(caller, orgUnitId);
        return em.createQuery("select s from ShiftEntity s, OrgUnitEntity u where u.id = s.orgUnitId"
                        + " and :path like concat(u.path, '%')" + (includeInactive ? "" : " and s.active")
                        + " order by s.name, s.id", ShiftEntity.class)
                .setParameter("path", unit.path())
                .getResultStream().map(ShiftEntity::toRecord).toList();
    }

    /** Deactivates a shift no live assignment uses any more. */
    public Shift deactivate(Caller caller, long id) {
        ShiftEntity shift = visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
        Number live = (Number) em.createNativeQuery("SELECT count(*) FROM assignment"
                        + " WHERE shift_id = ?1 AND (valid_to IS NULL OR valid_to > now())")
                .setParameter(1, id).getSingleResult();
        if (live.longValue() > 0) {
            throw ProblemException.unprocessable("shift.in-use", "shift " + id + " is used by " + live
                    + " live assignment(s); end them first", null);
        }
        shift.deactivate();
        em.flush();
        return shift.toRecord();
    }

    private ShiftEntity visible(Caller caller, long id, LockModeType lock) {
        ShiftEntity shift = em.find(ShiftEntity.class, id, lock);
        if (shift == null || units.visible(caller, shift.orgUnitId()).isEmpty()) {
            throw ProblemException.notFound("shift.not-found", "there is no shift " + id);
        }
        return shift;
    }

    private static List<ShiftSchedule.Window> windows(Violations check, List<ShiftWindow> requested) {
        List<ShiftSchedule.Window> windows = new ArrayList<>();
        if (check.notEmpty("/windows", requested) == null) {
            return windows;
        }
        for (int i = 0; i < requested.size(); i++) {
            String at = "/windows/" + i;
            ShiftWindow window = check.required(at, requested.get(i));
            if (window == null) {
                continue;
            }
            Integer weekday = check.between(at + "/weekday", window.weekday(), 1, 7);
            check.required(at + "/start", window.start());
            check.required(at + "/end", window.end());
            if (weekday != null && weekday >= 1 && weekday <= 7 && window.start() != null && window.end() != null) {
                windows.add(new ShiftSchedule.Window(weekday, window.start().truncatedTo(ChronoUnit.SECONDS),
                        window.end().truncatedTo(ChronoUnit.SECONDS)));
            }
        }
        return windows;
    }

    private static void refuseOverlap(List<ShiftSchedule.Window> windows) {
        new ShiftSchedule(windows).firstOverlap().ifPresent(overlap -> {
            String sentence = "windows " + overlap.first() + " and " + overlap.second()
                    + " overlap (a window past midnight runs into the next day)";
            throw ProblemException.unprocessable("shift.windows-overlap", sentence, List.of(
                    new Problem.FieldError("/windows/" + overlap.first(), "shift.windows-overlap", sentence),
                    new Problem.FieldError("/windows/" + overlap.second(), "shift.windows-overlap", sentence)));
        });
    }

    private void refuseTakenName(long orgUnitId, String name, Long except) {
        long taken = em.createQuery("select count(s) from ShiftEntity s"
                        + " where s.orgUnitId = :unit and s.name = :name and s.id <> :except", Long.class)
                .setParameter("unit", orgUnitId).setParameter("name", name)
                .setParameter("except", except == null ? -1L : except)
                .getSingleResult();
        if (taken > 0) {
            throw nameTaken(name);
        }
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("shift.name-taken", "the org unit already has a shift named " + name);
    }
}
