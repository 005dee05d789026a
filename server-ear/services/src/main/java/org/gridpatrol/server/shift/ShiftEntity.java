package org.gridpatrol.server.shift;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridpatrol.model.shift.Shift;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A row of {@code shift}, with its windows. */
@Entity
@Table(name = "shift")
public class ShiftEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "shift", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ShiftWindowEntity> windows = new ArrayList<>();

    protected ShiftEntity() {
    }

    ShiftEntity(long orgUnitId, String name) {
        this.orgUnitId = orgUnitId;
        this.name = name;
    }

    /** @return the record the API answers with, windows by weekday then start */
    public Shift toRecord() {
        return new Shift(id, orgUnitId, name, active, windows.stream()
                .map(ShiftWindowEntity::toRecord)
                .sorted(Comparator.comparing(org.gridpatrol.model.shift.ShiftWindow::weekday)
                        .thenComparing(org.gridpatrol.model.shift.ShiftWindow::start))
                .toList(), createdAt, updatedAt);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long orgUnitId() {
        return orgUnitId;
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

    /** Replaces every window with the given ones. */
    void replaceWindows(List<ShiftSchedule.Window> newWindows) {
        windows.clear();
        for (ShiftSchedule.Window window : newWindows) {
            windows.add(new ShiftWindowEntity(this, window));
        }
    }

    void deactivate() {
        this.active = false;
    }
}
