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

    public BigDecimal statNeighbourAverage;
    public String statNeighbourNote;
    public BigDecimal nationalAverage;
    public String nationalNote;
    public Instant updatedAt;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(insertable = false, updatable = false)
    public String updatedBy;
}
