package uk.org.councilkpi.milestone;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.org.councilkpi.common.OwnedDefinition;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.plan.Objective;

/** A milestone (or risk control measure, or action) of an objective, with its owner and when it is due. */
@Entity
@Table(name = "milestone")
public class Milestone extends OwnedDefinition {

    @Enumerated(EnumType.STRING)
    public MilestoneKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    public Objective objective;
    public LocalDate dueDate;
    public String duePeriod;
    public int position;

    /** The indicators it is linked to. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "milestone_indicator", joinColumns = @JoinColumn(name = "milestone_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    public Set<Indicator> indicators = new LinkedHashSet<>();

    /** The day it is due by: its due date, else the last day of its due period; null when it has neither. */
    public LocalDate dueBy() {
        return dueDate != null ? dueDate : duePeriod == null ? null : Period.parse(duePeriod).endDate();
    }
}
