package uk.org.councilkpi.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.org.councilkpi.common.Definition;
import uk.org.councilkpi.indicator.Indicator;

/**
 * A priority or an objective of a plan, with the council's ref ("CYP P1", "CED02"), and the indicators that serve it.
 */
@Entity
@Table(name = "objective")
public class Objective extends Definition {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    public Objective parent;

    @Enumerated(EnumType.STRING)
    public ObjectiveLevel level;
    public int position;

    /** The indicators that serve it (an indicator may serve several objectives). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "objective_indicator", joinColumns = @JoinColumn(name = "objective_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    public Set<Indicator> indicators = new LinkedHashSet<>();
}
