package uk.org.councilkpi.override;

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
import java.time.Instant;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.status.Rag;

/** A performance officer's rating of an indicator for a period, shown beside the computed one. */
@Entity
@Table(name = "rag_override")
public class RagOverride extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public String period;
    @Enumerated(EnumType.STRING)
    public Rag rating;
    public String reason;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(name = "set_by", insertable = false, updatable = false)
    public String setBy;
    @Column(name = "set_at")
    public Instant setAt;
}
