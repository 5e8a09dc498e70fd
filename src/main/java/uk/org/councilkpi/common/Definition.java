package uk.org.councilkpi.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What a council defines (an indicator, a plan, a priority or objective, a milestone): its own ref and a title, when it
 * was created and last updated, by whom, and a version for optimistic locking.
 */
@MappedSuperclass
public abstract class Definition extends KeyedEntity {

    public String ref;
    public String title;
    public Instant createdAt;
    public Instant updatedAt;
    /** Stamped by the database with the author of this version (migrations V7, V10): never written from here. */
    @Column(insertable = false, updatable = false)
    public String updatedBy;
    @Version
    public long version;

    /** Stamps a write: created then if new, updated then, by whom (as the database records it, for the answer). */
    public void stamp(Stamp stamp) {
        createdAt = createdAt == null ? stamp.at() : createdAt;
        updatedAt = stamp.at();
        updatedBy = stamp.by();
    }
}
