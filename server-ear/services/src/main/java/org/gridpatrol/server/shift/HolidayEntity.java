package org.gridpatrol.server.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.gridpatrol.model.shift.Holiday;
import org.gridpatrol.model.shift.HolidayKind;

/** A row of {@code holiday}: one day of the calendar, global or for an org unit's subtree. */
@Entity
@Table(name = "holiday")
public class HolidayEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private HolidayKind kind;

    @Column(name = "as_weekday")
    private Short asWeekday;

    protected HolidayEntity() {
    }

    HolidayEntity(Long orgUnitId, LocalDate day, String name, HolidayKind kind, Integer asWeekday) {
        this.orgUnitId = orgUnitId;
        this.day = day;
        this.name = name;
        this.kind = kind;
        this.asWeekday = asWeekday == null ? null : asWeekday.shortValue();
    }

    public Holiday toRecord() {
        return new Holiday(id, orgUnitId, day, name, kind, asWeekday == null ? null : asWeekday.intValue());
    }

    public Long orgUnitId() {
        return orgUnitId;
    }
}
