package uk.org.councilkpi.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.org.councilkpi.perperiod.PeriodRecord;
import java.math.BigDecimal;
import java.time.Instant;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.Tolerance;
import uk.org.councilkpi.status.ToleranceKind;

/** An indicator's target for a financial year ({@code 2017-18}) or, profiled, for one quarter. */
@Entity
@Table(name = "target")
public class Target extends PeriodRecord {

    @Enumerated(EnumType.STRING)
    public TargetForm form;
    public BigDecimal value;
    public BigDecimal low;
    public BigDecimal high;
    public String text;
    @Enumerated(EnumType.STRING)
    public ToleranceKind toleranceKind;
    public BigDecimal toleranceAmount;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(insertable = false, updatable = false)
    public String updatedBy;
    public Instant updatedAt;

    public TargetSpec spec() {
        return new TargetSpec(form, value, low, high);
    }

    /** The target's own amber tolerance if it has one, else the indicator's. */
    public Tolerance toleranceOr(Tolerance indicatorTolerance) {
        return toleranceKind == null ? indicatorTolerance : new Tolerance(toleranceKind, toleranceAmount);
    }
}
