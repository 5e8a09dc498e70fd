package uk.org.councilkpi.value;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.org.councilkpi.common.AsAt;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.indicator.Indicator;

@ApplicationScoped
public class ValueRepository implements PanacheRepository<IndicatorValue> {

    public Optional<IndicatorValue> find(Indicator indicator, String period) {
        return find("indicator = ?1 and period = ?2", indicator, period).firstResultOptional();
    }

    /** The figure, locked until the transaction ends, so that concurrent writers check If-Match one at a time. */
    public Optional<IndicatorValue> findForUpdate(Indicator indicator, String period) {
        return find("indicator = ?1 and period = ?2", indicator, period)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<IndicatorValue> forIndicator(Indicator indicator) {
        return list("indicator", indicator);
    }

    /** All figures of these indicators for these periods, in one query. */
    public List<IndicatorValue> forIndicators(Collection<Long> indicatorIds, Collection<String> periods) {
        return list("indicator.id in ?1 and period in ?2", indicatorIds, periods);
    }

    /** As {@link #forIndicators}, as they stood at {@code asAt}. */
    public List<IndicatorValue> forIndicatorsAsAt(Collection<Long> indicatorIds, Collection<String> periods, Instant asAt) {
        return AsAt.forIndicators(getEntityManager(), IndicatorValue.class, "indicator_value", indicatorIds, periods, asAt);
    }

    /** Everything of one indicator, as it stood at {@code asAt}. */
    public List<IndicatorValue> forIndicatorAsAt(Indicator indicator, Instant asAt) {
        return AsAt.forIndicator(getEntityManager(), IndicatorValue.class, "indicator_value", indicator.id, asAt);
    }
}
