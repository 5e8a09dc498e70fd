package uk.org.councilkpi.value;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.status.Reading;
import uk.org.councilkpi.status.ValueState;

/** An indicator's figure for one period: a number, or a state without one. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public String period;
    @Enumerated(EnumType.STRING)
    public ValueState state;
    public BigDecimal number;
    public boolean provisional;
    public boolean estimated;
    public String note;
    public String commentary;
    @Column(name = "entered_by")
    public String enteredBy;
    @Column(name = "entered_at")
    public Instant enteredAt;
    /** The import batch that wrote this version, if any. */
    @Column(name = "batch_id")
    public Long batchId;
    /** Optimistic lock, and the figure's ETag. */
    @Version
    public long version;

    public Reading reading() {
        return new Reading(state, number);
    }
}
