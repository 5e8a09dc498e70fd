package uk.org.councilkpi.value;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import uk.org.councilkpi.perperiod.PeriodRecord;
import uk.org.councilkpi.status.FigureContent;
import uk.org.councilkpi.status.Reading;
import uk.org.councilkpi.status.ValueState;

/** An indicator's figure for one period: a number, or a state without one. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PeriodRecord {

    @Enumerated(EnumType.STRING)
    public ValueState state;
    public BigDecimal number;
    public boolean provisional;
    public boolean estimated;
    public String note;
    public String commentary;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(insertable = false, updatable = false)
    public String enteredBy;
    public Instant enteredAt;
    /** Optimistic lock, and the figure's ETag. */
    @Version
    public long version;

    /**
     * This figure as a viewer may see it once it has been suppressed: SUPPRESSED, without its number (a copy, not
     * managed). An earlier version's note and commentary go too ({@code withText} false): they may quote the number.
     */
    public IndicatorValue suppressed(boolean withText) {
        IndicatorValue copy = new IndicatorValue();
        copy.id = id;
        copy.indicator = indicator;
        copy.period = period;
        copy.state = ValueState.SUPPRESSED;
        copy.provisional = provisional;
        copy.estimated = estimated;
        copy.note = withText ? note : null;
        copy.commentary = withText ? commentary : null;
        copy.enteredBy = enteredBy;
        copy.enteredAt = enteredAt;
        copy.batchId = batchId;
        copy.version = version;
        return copy;
    }

    /** What this figure says: a write with the same content changes nothing. */
    public FigureContent content() {
        return new FigureContent(state, number, provisional, estimated, note, commentary);
    }

    public Reading reading() {
        return new Reading(state, number);
    }
}
