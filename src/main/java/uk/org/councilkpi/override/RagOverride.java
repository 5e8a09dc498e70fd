package uk.org.councilkpi.override;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.org.councilkpi.perperiod.PeriodRecord;
import java.time.Instant;
import uk.org.councilkpi.status.Rag;

/** A performance officer's rating of an indicator for a period, shown beside the computed one. */
@Entity
@Table(name = "rag_override")
public class RagOverride extends PeriodRecord {

    @Enumerated(EnumType.STRING)
    public Rag rating;
    public String reason;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(insertable = false, updatable = false)
    public String setBy;
    public Instant setAt;
}
