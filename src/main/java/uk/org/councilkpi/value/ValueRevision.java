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
import java.math.BigDecimal;
import java.time.Instant;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.status.ValueState;

/** An earlier version of a figure, kept when it was corrected or deleted. */
@Entity
@Table(name = "indicator_value_revision")
public class ValueRevision extends PanacheEntityBase {

    /** Why a version stopped being current. */
    public enum Change {
        CORRECTED,
        DELETED
    }

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
    @Column(name = "replaced_at")
    public Instant replacedAt;
    @Enumerated(EnumType.STRING)
    public Change change;

    static ValueRevision of(IndicatorValue v, Change change, Instant replacedAt) {
        ValueRevision r = new ValueRevision();
        r.indicator = v.indicator;
        r.period = v.period;
        r.state = v.state;
        r.number = v.number;
        r.provisional = v.provisional;
        r.estimated = v.estimated;
        r.note = v.note;
        r.commentary = v.commentary;
        r.enteredBy = v.enteredBy;
        r.enteredAt = v.enteredAt;
        r.replacedAt = replacedAt;
        r.change = change;
        return r;
    }
}
