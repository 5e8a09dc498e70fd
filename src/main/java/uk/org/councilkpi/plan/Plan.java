package uk.org.councilkpi.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A council plan ("Children and Young People Plan 2024-27"): the root of its priorities and objectives. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;
    public String title;
    public String directorate;
    @Column(name = "from_period")
    public String fromPeriod;
    @Column(name = "to_period")
    public String toPeriod;
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
