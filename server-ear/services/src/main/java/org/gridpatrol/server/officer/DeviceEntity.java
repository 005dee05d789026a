package org.gridpatrol.server.officer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridpatrol.model.officer.Device;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A row of {@code device}: a phone running the patrol app, bound to at most one officer. */
@Entity
@Table(name = "device")
public class DeviceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_uid", nullable = false)
    private String deviceUid;

    @Column(name = "officer_id")
    private Long officerId;

    @Column(name = "model")
    private String model;

    @Column(name = "os")
    private String os;

    @Column(name = "app_version")
    private String appVersion;

    @Generated(event = EventType.INSERT)
    @Column(name = "registered_at", insertable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DeviceEntity() {
    }

    DeviceEntity(String deviceUid) {
        this.deviceUid = deviceUid;
    }

    /** @return the record the API answers with */
    public Device toRecord() {
        return new Device(id, deviceUid, officerId, model, os, appVersion, registeredAt, active);
    }

    public Long id() {
        return id;
    }

    public Long officerId() {
        return officerId;
    }

    public boolean active() {
        return active;
    }

    /** Binds the phone to an officer, with what it says about itself, and makes it active. */
    void bind(long newOfficerId, String newModel, String newOs, String newAppVersion) {
        this.officerId = newOfficerId;
        this.model = newModel;
        this.os = newOs;
        this.appVersion = newAppVersion;
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }
}
