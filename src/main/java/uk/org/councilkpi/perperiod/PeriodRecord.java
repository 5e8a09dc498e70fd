package uk.org.councilkpi.perperiod;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import uk.org.councilkpi.indicator.Indicator;

/**
 * What every per-period record of an indicator has: one row per indicator and period (a financial year such as
 * {@code 2017-18} or a quarter such as {@code 2017-18-Q2}), unique on the two, kept with its history by the database.
 */
@MappedSuperclass
public abstract class PeriodRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public String period;
}
