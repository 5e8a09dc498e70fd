package uk.org.councilkpi.override;

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
public class OverrideRepository implements PanacheRepository<RagOverride> {

    public Optional<RagOverride> find(Indicator indicator, String period) {
        return find("indicator = ?1 and period = ?2", indicator, period).firstResultOptional();
    }

    public List<RagOverride> forIndicator(Indicator indicator) {
        return list("indicator", Sort.by("period"), indicator);
    }

    /** All overrides of these indicators for these periods, in one query. */
    public List<RagOverride> forIndicators(Collection<Long> indicatorIds, Collection<String> periods) {
        return list("indicator.id in ?1 and period in ?2", indicatorIds, periods);
    }

    /** As {@link #forIndicators}, as they stood at {@code asAt}. */
    public List<RagOverride> forIndicatorsAsAt(Collection<Long> indicatorIds, Collection<String> periods, Instant asAt) {
        return AsAt.forIndicators(getEntityManager(), RagOverride.class, "rag_override", indicatorIds, periods, asAt);
    }

    /** Everything of one indicator, as it stood at {@code asAt}. */
    public List<RagOverride> forIndicatorAsAt(Indicator indicator, Instant asAt) {
        return AsAt.forIndicator(getEntityManager(), RagOverride.class, "rag_override", indicator.id, asAt);
    }
}
