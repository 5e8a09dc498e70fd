package uk.org.councilkpi.perperiod;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.common.AsAt;
import uk.org.councilkpi.indicator.Indicator;

/** The reads every per-period record has, now and as it stood at an instant; a kind's repository names only its table. */
public abstract class PeriodRecordRepository<E extends PeriodRecord> implements PanacheRepository<E> {

    private final Class<E> type;
    private final String table;

    protected PeriodRecordRepository(Class<E> type) {
        this.type = type;
        this.table = type.getAnnotation(Table.class).name();
    }

    public Optional<E> find(Indicator indicator, String period) {
        return find("indicator = ?1 and period = ?2", indicator, period).firstResultOptional();
    }

    /** The record to write: {@link #find}, unless a kind must lock it until the transaction ends. */
    public Optional<E> findForWrite(Indicator indicator, String period) {
        return find(indicator, period);
    }

    /** All of one indicator, by period. */
    public List<E> forIndicator(Indicator indicator) {
        return list("indicator", Sort.by("period"), indicator);
    }

    /** All of these indicators for these periods, in one query. */
    public List<E> forIndicators(Collection<Long> indicatorIds, Collection<String> periods) {
        return list("indicator.id in ?1 and period in ?2", indicatorIds, periods);
    }

    /** As {@link #forIndicators}, as they stood at {@code asAt}. */
    public List<E> forIndicatorsAsAt(Collection<Long> indicatorIds, Collection<String> periods, Instant asAt) {
        return AsAt.forIndicators(getEntityManager(), type, table, indicatorIds, periods, asAt);
    }

    /** Everything of one indicator, as it stood at {@code asAt}. */
    public List<E> forIndicatorAsAt(Indicator indicator, Instant asAt) {
        return AsAt.forIndicator(getEntityManager(), type, table, indicator.id, asAt);
    }
}
