package uk.org.councilkpi.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.perperiod.PeriodRecordRepository;

@ApplicationScoped
public class ValueRepository extends PeriodRecordRepository<IndicatorValue> {

    public ValueRepository() {
        super(IndicatorValue.class);
    }

    /** The figure, locked until the transaction ends, so that concurrent writers check If-Match one at a time. */
    @Override
    public Optional<IndicatorValue> findForWrite(Indicator indicator, String period) {
        return find("indicator = ?1 and period = ?2", indicator, period)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
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
}
