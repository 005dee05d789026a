package org.gridpatrol.server.officer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.model.officer.DeviceRegistration;
import org.gridpatrol.server.problem.Constraints;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * Officers' phones. Registering is idempotent for the same officer (the app may register again
 * after an update); a phone another officer still uses must be deactivated before it changes hands.
 */
@Stateless
public class DeviceService {
    private static final Pattern UID = Pattern.compile("\\S+");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Officers officers;

    /**
     * What registering did.
     *
     * @param device  the device as it is now
     * @param created true when the phone was new to the system
     */
    public record Registration(Device device, boolean created) {
    }

    public Registration register(Caller caller, long officerId, DeviceRegistration request) {
        Violations.body(request);
        Violations check = new Violations();
        String uid = check.text("/deviceUid", request.deviceUid(), 128);
        check.matches("/deviceUid", uid, UID, "without spaces");
        String model = check.optionalText("/model", request.model(), 100);
        String os = check.optionalText("/os", request.os(), 100);
        String appVersion = check.optionalText("/appVersion", request.appVersion(), 50);
        check.throwIfAny("device.invalid", "the device cannot be registered");

        OfficerEntity officer = officers.get(caller, officerId);
        if (!officer.active()) {
            throw Officers.inactive(officer);
        }
        DeviceEntity device = em.createQuery("select d from DeviceEntity d where d.deviceUid = :uid", DeviceEntity.class)
                .setParameter("uid", uid).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        boolean created = device == null;
        if (created) {
            device = new DeviceEntity(uid);
            em.persist(device);
        } else if (device.active() && device.officerId() != null && device.officerId() != officerId) {
            throw boundElsewhere(uid);
        }
        device.bind(officerId, model, os, appVersion);
        Constraints.flush(em, Map.of("device_device_uid_key", () -> boundElsewhere(uid)));
        return new Registration(device.toRecord(), created);
    }

    /** @return the officer's devices, active or not, oldest first */
    public List<Device> list(Caller caller, long officerId) {
        officers.get(caller, officerId);
        return em.createQuery("select d from DeviceEntity d where d.officerId = :officer order by d.registeredAt, d.id",
                        DeviceEntity.class)
                .setParameter("officer", officerId)
                .getResultStream().map(DeviceEntity::toRecord).toList();
    }

    public Device get(Caller caller, long id) {
        return visible(caller, id, LockModeType.NONE).toRecord();
    }

    /** Deactivates a phone: it stays bound to its officer, for the record, but may no longer be used. */
    public Device deactivate(Caller caller, long id) {
        DeviceEntity device = visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
        device.deactivate();
        em.flush();
        return device.toRecord();
    }

    private DeviceEntity visible(Caller caller, long id, LockModeType lock) {
        DeviceEntity device = em.find(DeviceEntity.class, id, lock);
        boolean seen = device != null && (caller.isUnrestricted()
                || device.officerId() != null && officers.visible(caller, device.officerId()).isPresent());
        if (!seen) {
            throw ProblemException.notFound("device.not-found", "there is no device " + id);
        }
        return device;
    }

    private static ProblemException boundElsewhere(String uid) {
        return ProblemException.conflict("device.bound-to-another-officer", "the device " + uid
                + " is registered to another officer; deactivate it there first");
    }
}
