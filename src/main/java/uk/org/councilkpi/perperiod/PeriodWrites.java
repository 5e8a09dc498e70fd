package uk.org.councilkpi.perperiod;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stamp;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.signoff.SignoffService;

/** What every per-period service asks of the rest: the indicator, whether sign-off locks a period, who writes, when. */
@ApplicationScoped
public class PeriodWrites {

    private final IndicatorService indicators;
    private final SignoffService signoffs;
    private final Audit audit;

    public PeriodWrites(IndicatorService indicators, SignoffService signoffs, Audit audit) {
        this.indicators = indicators;
        this.signoffs = signoffs;
        this.audit = audit;
    }

    /** The indicator with this ref (404 if none). */
    public Indicator indicator(String ref) {
        return indicators.require(ref);
    }

    /** Refuses (409) a write to a period that sign-off locks for this kind of record. */
    public void requireOpen(SignoffLock lock, String period) {
        switch (lock) {
            case OWN_PERIOD -> signoffs.requireOpen(List.of(period));
            case RATED_PERIODS -> signoffs.requireTargetOpen(period);
            case NONE -> { }
        }
    }

    /** Sets who writes for the rest of the transaction, and returns it ({@link Audit#actor}). */
    public String author(String stated) {
        return audit.actor(stated);
    }

    /** Sets who writes, and says when ({@link Audit#stamp}). */
    public Stamp stamp(String stated) {
        return audit.stamp(stated);
    }
}
