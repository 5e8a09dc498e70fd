package uk.org.councilkpi.plan;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.org.councilkpi.indicator.Indicator;

/**
 * A priority or an objective of a plan, with the council's ref ("CYP P1", "CED02"), and the indicators that serve it.
 */
@Entity
@Table(name = "objective")
public class Objective extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Objective parent;

    public String ref;
    @Enumerated(EnumType.STRING)
    public ObjectiveLevel level;
    public String title;
    public int position;

    /** The indicators that serve it (an indicator may serve several objectives). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "objective_indicator", joinColumns = @JoinColumn(name = "objective_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    public Set<Indicator> indicators = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Stamped by the database with the author of this version (migrations V7, V10): never written from here. */
    @Column(name = "updated_by", insertable = false, updatable = false)
    public String updatedBy;
    @Version
    public long version;
}
