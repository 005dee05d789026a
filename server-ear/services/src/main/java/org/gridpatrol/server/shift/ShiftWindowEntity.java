package org.gridpatrol.server.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import org.gridpatrol.model.shift.ShiftWindow;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A row of {@code shift_window}. The times travel as text ({@code HH:MM:SS}): Hibernate would
 * shift a {@code LocalTime} by the JVM's offset from UTC under {@code hibernate.jdbc.time_zone=UTC},
 * and a wall-clock time must be stored exactly as the supervisor typed it.
 */
@Entity
@Table(name = "shift_window")
public class ShiftWindowEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id", nullable = false)
    private ShiftEntity shift;

    @Column(name = "weekday", nullable = false)
    private short weekday;

    @ColumnTransformer(read = "to_char(start_time, 'HH24:MI:SS')", write = "cast(? as time)")
    @Column(name = "start_time", nullable = false)
    private String start;

    @ColumnTransformer(read = "to_char(end_time, 'HH24:MI:SS')", write = "cast(? as time)")
    @Column(name = "end_time", nullable = false)
    private String end;

    protected ShiftWindowEntity() {
    }

    ShiftWindowEntity(ShiftEntity shift, ShiftSchedule.Window window) {
        this.shift = shift;
        this.weekday = (short) window.weekday();
        this.start = window.start().toString();
        this.end = window.end().toString();
    }

    ShiftWindow toRecord() {
        return new ShiftWindow((int) weekday, LocalTime.parse(start), LocalTime.parse(end));
    }
}
