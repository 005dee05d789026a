package org.gridpatrol.server.officer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridpatrol.model.officer.Officer;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A row of {@code officer}. Changing the squad makes the database record a squad period (trigger). */
@Entity
@Table(name = "officer")
public class OfficerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "badge_no", nullable = false)
    private String badgeNo;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "phone")
    private String phone;

    @Column(name = "squad_id", nullable = false)
    private Long squadId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected OfficerEntity() {
    }

    OfficerEntity(String badgeNo, String name, String phone, long squadId) {
        this.badgeNo = badgeNo;
        this.name = name;
        this.phone = phone;
        this.squadId = squadId;
    }

    /** @return the record the API answers with */
    public Officer toRecord() {
        return new Officer(id, badgeNo, name, phone, squadId, userId, active, createdAt, updatedAt);
    }

    public Long id() {
        return id;
    }

    public String badgeNo() {
        return badgeNo;
    }

    public String name() {
        return name;
    }

    public long squadId() {
        return squadId;
    }

    public boolean active() {
        return active;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    void update(String newName, String newPhone) {
        this.name = newName;
        this.phone = newPhone;
    }

    void transferTo(long newSquadId) {
        this.squadId = newSquadId;
    }

    void deactivate() {
        this.active = false;
    }
}
