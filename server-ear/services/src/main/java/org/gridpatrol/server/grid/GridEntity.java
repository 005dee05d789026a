package org.gridpatrol.server.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A row of {@code grid}. Area, perimeter and the geometry history are kept by the
 * database's triggers, so they are read-only here.
 */
@Entity
@Table(name = "grid")
public class GridEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String name;

    @Column(columnDefinition = "char(15)")
    private String code;

    @Column(name = "org_unit_id", nullable = false)
    private long orgUnitId;

    @Column(nullable = false, columnDefinition = "geometry(MultiPolygon,4326)")
    private MultiPolygon geom;

    @Column(name = "area_m2", insertable = false, updatable = false)
    private double areaM2;

    @Column(name = "perimeter_m", insertable = false, updatable = false)
    private double perimeterM;

    @Version
    private int version;

    @Column(name = "change_reason")
    private String changeReason;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected GridEntity() {
    }

    GridEntity(String kind, String name, String code, long orgUnitId, MultiPolygon geom) {
        this.kind = kind;
        this.name = name;
        this.code = code;
        this.orgUnitId = orgUnitId;
        this.geom = geom;
    }

    Long id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String code() {
        return code;
    }

    long orgUnitId() {
        return orgUnitId;
    }

    MultiPolygon geom() {
        return geom;
    }

    double areaM2() {
        return areaM2;
    }

    double perimeterM() {
        return perimeterM;
    }

    int version() {
        return version;
    }

    Instant retiredAt() {
        return retiredAt;
    }

    void change(String newKind, String newName, String newCode, long newOrgUnitId, MultiPolygon newGeom,
                String reason) {
        this.kind = newKind;
        this.name = newName;
        this.code = newCode;
        this.orgUnitId = newOrgUnitId;
        this.geom = newGeom;
        this.changeReason = reason;
    }

    void retire(Instant at, String reason) {
        this.retiredAt = at;
        this.changeReason = reason;
    }
}
