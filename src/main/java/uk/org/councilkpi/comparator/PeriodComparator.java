package uk.org.councilkpi.comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.org.councilkpi.perperiod.PeriodRecord;
import java.math.BigDecimal;
import java.time.Instant;

/** The statistical-neighbour and national (England) averages reported beside an indicator for a period. */
@Entity
@Table(name = "comparator")
public class PeriodComparator extends PeriodRecord {

    @Column(name = "stat_neighbour_average")
    public BigDecimal statNeighbourAverage;
    @Column(name = "stat_neighbour_note")
    public String statNeighbourNote;
    @Column(name = "national_average")
    public BigDecimal nationalAverage;
    @Column(name = "national_note")
    public String nationalNote;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(name = "updated_by", insertable = false, updatable = false)
    public String updatedBy;
}
