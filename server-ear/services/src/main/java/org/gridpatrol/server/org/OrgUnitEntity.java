package org.gridpatrol.server.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridpatrol.model.org.OrgUnit;
import org.gridpatrol.model.org.OrgUnitKind;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A row of {@code org_unit}. The path and the timestamps are the database's (triggers), read back after writes. */
@Entity
@Table(name = "org_unit")
public class OrgUnitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private OrgUnitKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "code", nullable = false)
    private String code;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "path", insertable = false, updatable = false)
    private String path;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected OrgUnitEntity() {
    }

    OrgUnitEntity(Long parentId, OrgUnitKind kind, String name, String code) {
        this.parentId = parentId;
        this.kind = kind;
        this.name = name;
        this.code = code;
    }

    /** @return the record the API answers with */
    public OrgUnit toRecord() {
        return new OrgUnit(id, parentId, kind, name, code, path, active, createdAt, updatedAt);
    }

    public Long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public String path() {
        return path;
    }

    public boolean active() {
        return active;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void moveUnder(Long newParentId) {
        this.parentId = newParentId;
    }

    void deactivate() {
        this.active = false;
    }
}
