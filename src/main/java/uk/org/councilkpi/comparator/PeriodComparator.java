package uk.org.councilkpi.comparator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import uk.org.councilkpi.indicator.Indicator;

/** The statistical-neighbour and national (England) averages reported beside an indicator for a period. */
@Entity
@Table(name = "comparator")
public class PeriodComparator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public String period;
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
