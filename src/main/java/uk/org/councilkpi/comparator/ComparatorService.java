package uk.org.councilkpi.comparator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;

/** Records and reads the averages an indicator is compared with. */
@ApplicationScoped
public class ComparatorService {

    private final IndicatorService indicators;
    private final ComparatorRepository comparators;
    private final Audit audit;
    private final Clock clock;

    public ComparatorService(IndicatorService indicators, ComparatorRepository comparators, Audit audit,
                             Clock clock) {
        this.audit = audit;
        this.indicators = indicators;
        this.comparators = comparators;
        this.clock = clock;
    }

    @Transactional
    public List<ComparatorResponse> list(String ref) {
        return comparators.forIndicator(indicators.require(ref)).stream().map(ComparatorResponse::of).toList();
    }

    @Transactional
    public ComparatorResponse get(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return comparators.find(indicators.require(ref), period).map(ComparatorResponse::of)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no comparators for " + period));
    }

    @Transactional
    public Stored<ComparatorResponse> put(String ref, String periodCode, ComparatorRequest request) {
        String period = Period.parse(periodCode).code();
        String statNeighbourNote = blankToNull(request.statNeighbourNote());
        String nationalNote = blankToNull(request.nationalNote());
        if (request.statNeighbourAverage() == null && request.nationalAverage() == null
                && statNeighbourNote == null && nationalNote == null) {
            throw ApiException.invalid("body", "give at least one of statNeighbourAverage, statNeighbourNote,"
                    + " nationalAverage, nationalNote");
        }
        Indicator indicator = indicators.require(ref);
        PeriodComparator comparator = comparators.find(indicator, period).orElse(null);
        boolean created = comparator == null;
        if (created) {
            comparator = new PeriodComparator();
            comparator.indicator = indicator;
            comparator.period = period;
        }
        comparator.statNeighbourAverage = request.statNeighbourAverage();
        comparator.statNeighbourNote = statNeighbourNote;
        comparator.nationalAverage = request.nationalAverage();
        comparator.nationalNote = nationalNote;
        comparator.updatedAt = clock.instant();
        comparator.updatedBy = audit.actor(null);
        if (created) {
            comparators.persist(comparator);
        }
        return new Stored<>(ComparatorResponse.of(comparator), created);
    }

    @Transactional
    public void delete(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        PeriodComparator comparator = comparators.find(indicators.require(ref), period)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no comparators for " + period));
        comparators.delete(comparator);
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
