package uk.org.councilkpi.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.org.councilkpi.common.OwnedDefinition;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Presentation;
import uk.org.councilkpi.status.Tolerance;
import uk.org.councilkpi.status.ToleranceKind;
import uk.org.councilkpi.status.Unit;

/**
 * A performance indicator (measure, PI, KPI) as a council defines it. Read and written through
 * {@link IndicatorRepository}.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends OwnedDefinition {

    public String description;
    @Enumerated(EnumType.STRING)
    public Unit unit;
    @Enumerated(EnumType.STRING)
    public Polarity polarity;
    @Enumerated(EnumType.STRING)
    public Frequency frequency;
    @Enumerated(EnumType.STRING)
    public Measurement measurement;
    public short decimalPlaces;
    public String planPriority;
    public String corporatePriority;
    public boolean keyIndicator;
    @Enumerated(EnumType.STRING)
    public ToleranceKind toleranceKind;
    public BigDecimal toleranceAmount;
    @Enumerated(EnumType.STRING)
    public ToleranceKind sameBandKind;
    public BigDecimal sameBandAmount;
    @Enumerated(EnumType.STRING)
    public DirectionBasis directionBasis;

    public Presentation presentation() {
        return new Presentation(unit, decimalPlaces);
    }

    /** The amber tolerance, or none (every miss is red). */
    public Tolerance tolerance() {
        return toleranceKind == null ? Tolerance.NONE : new Tolerance(toleranceKind, toleranceAmount);
    }

    /** The "broadly the same" band of the direction of travel, or none (only equality is the same). */
    public Tolerance sameBand() {
        return sameBandKind == null ? Tolerance.NONE : new Tolerance(sameBandKind, sameBandAmount);
    }
}
