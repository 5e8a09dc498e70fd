package uk.org.councilkpi.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.org.councilkpi.perperiod.PeriodRow;
import uk.org.councilkpi.status.ProgressRating;

/** A milestone's progress in one quarter: the officer's rating and commentary. */
@Entity
@Table(name = "milestone_progress")
public class MilestoneProgress extends PeriodRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Milestone milestone;

    @Enumerated(EnumType.STRING)
    public ProgressRating rating;
    public String commentary;
    /** Stamped by the database with the author of this version (V10): never written from here. */
    @Column(insertable = false, updatable = false)
    public String enteredBy;
    public Instant enteredAt;
    /** Optimistic lock, and the progress's ETag. */
    @Version
    public long version;
}
