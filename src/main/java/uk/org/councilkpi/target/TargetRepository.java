package uk.org.councilkpi.target;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.org.councilkpi.common.AsAt;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.indicator.Indicator;

@ApplicationScoped
public class TargetRepository implements PanacheRepository<Target> {

    public Optional<Target> find(Indicator indicator, String period) {
        return find("indicator = ?1 and period = ?2", indicator, period).firstResultOptional();
    }

    public List<Target> forIndicator(Indicator indicator) {
        return list("indicator", Sort.by("period"), indicator);
    }

    /** All targets of these indicators for these periods, in one query. */
    public List<Target> forIndicators(Collection<Long> indicatorIds, Collection<String> periods) {
        return list("indicator.id in ?1 and period in ?2", indicatorIds, periods);
    }

    /** As {@link #forIndicators}, as they stood at {@code asAt}. */
    public List<Target> forIndicatorsAsAt(Collection<Long> indicatorIds, Collection<String> periods, Instant asAt) {
        return AsAt.forIndicators(getEntityManager(), Target.class, "target", indicatorIds, periods, asAt);
    }

    /** Everything of one indicator, as it stood at {@code asAt}. */
    public List<Target> forIndicatorAsAt(Indicator indicator, Instant asAt) {
        return AsAt.forIndicator(getEntityManager(), Target.class, "target", indicator.id, asAt);
    }
}
