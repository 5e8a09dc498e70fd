package uk.org.councilkpi.perperiod;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import uk.org.councilkpi.common.KeyedEntity;

/**
 * A row for one subject (an indicator, a milestone) and one period: a financial year such as {@code 2017-18} or a
 * quarter such as {@code 2017-18-Q2}, unique with its subject, kept with its history by the database.
 */
@MappedSuperclass
public abstract class PeriodRow extends KeyedEntity {

    public String period;
    /** The import batch that wrote this version, if any: stamped by the database, never written from here. */
    @Column(insertable = false, updatable = false)
    public Long batchId;
}
