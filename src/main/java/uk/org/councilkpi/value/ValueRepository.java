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

    /**
     * The figures of these indicators (and periods; all periods when {@code periods} is null) that are suppressed now
     * or ever were, with what they are now: one query. What a past read may show of them is
     * {@link Suppression#hides(IndicatorValue)}'s to say.
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Suppression> suppressions(Collection<Long> indicatorIds, Collection<String> periods) {
        String periodFilter = periods == null ? "" : " and period in (:periods)";
        var query = getEntityManager().createNativeQuery("""
                select indicator_id, period, max(version) filter (where now), bool_or(now and suppressed)
                from (select indicator_id, period, version, state = 'SUPPRESSED' as suppressed, true as now
                        from indicator_value where indicator_id in (:ids)%1$s
                      union all
                      select indicator_id, period, null, true, false from indicator_value_history
                       where state = 'SUPPRESSED' and indicator_id in (:ids)%1$s) figures
                group by indicator_id, period having bool_or(suppressed)""".formatted(periodFilter))
                .setParameter("ids", indicatorIds);
        if (periods != null) {
            query.setParameter("periods", periods);
        }
        java.util.Map<String, Suppression> found = new java.util.HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            found.put(Suppression.key(((Number) r[0]).longValue(), (String) r[1]), new Suppression(
                    r[2] == null ? null : ((Number) r[2]).longValue(), Boolean.TRUE.equals(r[3])));
        }
        return found;
    }

    /** Everything of one indicator, as it stood at {@code asAt}. */
    public List<IndicatorValue> forIndicatorAsAt(Indicator indicator, Instant asAt) {
        return AsAt.forIndicator(getEntityManager(), IndicatorValue.class, "indicator_value", indicator.id, asAt);
    }
}
