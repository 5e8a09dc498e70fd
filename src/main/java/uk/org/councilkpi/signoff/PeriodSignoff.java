package uk.org.councilkpi.signoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.org.councilkpi.common.KeyedEntity;

/** One sign-off or reopening of a period; a period is signed off when its latest event is a sign-off. */
@Entity
@Table(name = "period_signoff")
public class PeriodSignoff extends KeyedEntity {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SignoffAction")
    public enum Action {
        SIGN_OFF,
        REOPEN
    }

    public String period;
    @Enumerated(EnumType.STRING)
    public Action action;
    /** Stamped by the database with the author of this version (migration V7): never written from here. */
    @Column(updatable = false, insertable = false)
    public String byWhom;
    public Instant at;
    public String note;
}
