package org.gridpatrol.server.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridpatrol.model.assignment.Assignment;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A row of {@code assignment}: an officer or a squad (exactly one) responsible for a grid over a period. */
@Entity
@Table(name = "assignment")
public class AssignmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "officer_id")
    private Long officerId;

    @Column(name = "squad_id")
    private Long squadId;

    @Column(name = "grid_id", nullable = false)
    private Long gridId;

    @Column(name = "shift_id")
    private Long shiftId;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(name = "created_by")
    private Long createdBy;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected AssignmentEntity() {
    }

    AssignmentEntity(Long officerId, Long squadId, long gridId, Long shiftId, Instant validFrom, Instant validTo,
                     Long createdBy) {
        this.officerId = officerId;
        this.squadId = squadId;
        this.gridId = gridId;
        this.shiftId = shiftId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdBy = createdBy;
    }

    public Assignment toRecord() {
        return new Assignment(id, officerId, squadId, gridId, shiftId, validFrom, validTo, createdAt);
    }

    public Long id() {
        return id;
    }

    public Long officerId() {
        return officerId;
    }

    public Long squadId() {
        return squadId;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    void endAt(Instant end) {
        this.validTo = end;
    }
}
