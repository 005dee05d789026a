package org.gridpatrol.server.officer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of {@code officer_squad_history}: written by the database's trigger only, read here. */
@Entity
@Immutable
@Table(name = "officer_squad_history")
public class SquadPeriodEntity {
    @Id
    private Long id;

    @Column(name = "officer_id", nullable = false)
    private Long officerId;

    @Column(name = "squad_id", nullable = false)
    private Long squadId;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    protected SquadPeriodEntity() {
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
}
