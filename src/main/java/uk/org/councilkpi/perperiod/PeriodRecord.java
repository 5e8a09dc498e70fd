package uk.org.councilkpi.perperiod;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import uk.org.councilkpi.indicator.Indicator;

/** What every per-period record of an indicator has: one row per indicator and period. */
@MappedSuperclass
public abstract class PeriodRecord extends PeriodRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Indicator indicator;
}
