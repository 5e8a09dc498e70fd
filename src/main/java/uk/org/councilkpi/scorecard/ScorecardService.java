package uk.org.councilkpi.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.org.councilkpi.comparator.ComparatorRepository;
import uk.org.councilkpi.comparator.PeriodComparator;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.override.OverrideRepository;
import uk.org.councilkpi.period.FinancialYear;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.period.Quarter;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.publication.PublicationService;
import uk.org.councilkpi.signoff.SignoffService;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.StatusSummary;
import uk.org.councilkpi.target.TargetRepository;
import uk.org.councilkpi.value.IndicatorValue;
import uk.org.councilkpi.value.ValueRepository;

/**
 * Builds scorecards and histories: loads what a read needs in a fixed number of queries (never one per
 * indicator), then hands each figure to the pure rules through {@link IndicatorRecords}.
 */
@ApplicationScoped
public class ScorecardService {

    private final IndicatorRepository indicators;
    private final IndicatorService indicatorService;
    private final ValueRepository values;
    private final TargetRepository targets;
    private final OverrideRepository overrides;
    private final ComparatorRepository comparators;
    private final SignoffService signoffs;
    private final Session session;
    private final PublicationService publication;

    public ScorecardService(Session session, PublicationService publication, IndicatorRepository indicators, IndicatorService indicatorService, ValueRepository values,
                            TargetRepository targets, OverrideRepository overrides, ComparatorRepository comparators,
                            SignoffService signoffs) {
        this.indicators = indicators;
        this.indicatorService = indicatorService;
        this.values = values;
        this.targets = targets;
        this.overrides = overrides;
        this.comparators = comparators;
        this.signoffs = signoffs;
        this.session = session;
        this.publication = publication;
    }

    /**
     * Reads change nothing: entities are loaded read-only (no snapshots kept) and never flushed, so Hibernate does not
     * dirty-check thousands of them before every query and at commit.
     */
    private void readOnly() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /**
     * The scorecard for a period; with {@code asAt}, as it stood then (figures, targets, overrides and the
     * indicators' definitions of then); with {@code asSignedOff}, as it stood when the period was last signed off.
     */
    @Transactional
    public ScorecardResponse scorecard(ScorecardQuery query) {
        readOnly();
        Period period = Period.parse(query.period());
        DirectionBasis basis = query.basis();
        boolean drafts = query.drafts();
        Instant asAt = query.asAt();
        if (query.asSignedOff() != null) {
            if (asAt != null) {
                throw ApiException.invalid("asAt", "cannot be combined with asSignedOff");
            }
            asAt = signoffs.signedOffAt(period.code(), query.asSignedOff());
        }
        return build(period, indicators.matching(query.filter(), asAt), basis, asAt, drafts);
    }

    /**
     * The scorecard of the indicators {@code include} selects among those the filter matches (the quarterly report's
     * indicators: those of its plans' objectives), with the same rules and protection as {@link #scorecard}. The same
     * statements, whatever the number of indicators.
     */
    @Transactional
    public ScorecardResponse scorecard(Period period, IndicatorFilter filter, Predicate<Indicator> include,
                                       DirectionBasis basis, Instant asAt, boolean drafts) {
        readOnly();
        return build(period, indicators.matching(filter, asAt).stream().filter(include).toList(), basis, asAt, drafts);
    }

    private ScorecardResponse build(Period period, List<Indicator> matching, DirectionBasis basis, Instant asAt,
                                    boolean drafts) {
        List<Quarter> quarters = period instanceof Quarter q ? q.lastQuarters(4) : period.financialYear().quarters();
        FinancialYear lastYear = period.financialYear().previous();
        Set<String> periods = new LinkedHashSet<>();
        periods.add(period.code());
        periods.add(period.financialYear().code());
        periods.add(lastYear.code());
        quarters.forEach(q -> periods.add(q.code()));
        for (DirectionBasis b : basis == null ? List.of(DirectionBasis.values()) : List.of(basis)) {
            periods.add(b.earlierThan(period).code());
        }
        Map<Long, IndicatorRecords> records = load(matching, periods, asAt);
        Set<String> published = publication.publishedPeriods(asAt);
        if (!drafts) {
            published = protect(records, periods, asAt, published);
        }

        List<ScorecardResponse.Row> rows = new ArrayList<>(records.size());
        for (IndicatorRecords r : records.values()) {
            Indicator i = r.indicator;
            IndicatorRecords.Evaluation e = r.evaluate(period, basis);
            IndicatorValue current = r.values.get(period.code());
            rows.add(new ScorecardResponse.Row(i.ref, i.title, i.unit, i.polarity, i.decimalPlaces, i.directorate,
                    i.service, i.planPriority, i.corporatePriority, i.keyIndicator,
                    FigureView.of(lastYear.code(), r.values.get(lastYear.code()), i.presentation()),
                    quarters.stream().map(q -> FigureView.of(q.code(), r.values.get(q.code()), i.presentation())).toList(),
                    FigureView.of(period.code(), current, i.presentation()),
                    current == null ? null : current.commentary,
                    e.target(), e.rag(), e.override(), e.direction(),
                    r.comparatorFor(period).map(ScorecardService::comparators).orElse(null)));
        }
        Instant lastUpdated = records.values().stream().map(IndicatorRecords::lastUpdated)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new ScorecardResponse(period.code(), published.contains(period.code()), lastUpdated, basis, asAt,
                summarise(rows), rows);
    }

    @Transactional
    public HistoryResponse history(HistoryQuery query) {
        readOnly();
        String ref = query.ref();
        DirectionBasis basis = query.basis();
        Instant asAt = query.asAt();
        IndicatorRecords r;
        Indicator indicator;
        if (asAt == null) {
            indicator = indicatorService.require(ref);
            r = new IndicatorRecords(indicator);
            values.forIndicator(indicator).forEach(v -> r.values.put(v.period, v));
            targets.forIndicator(indicator).forEach(t -> r.targets.put(t.period, t));
            overrides.forIndicator(indicator).forEach(o -> r.overrides.put(o.period, o));
        } else {
            indicator = indicators.findByRefAsAt(ref, asAt).orElseThrow(() -> ApiException.notFound(
                    "No indicator with ref '" + ref + "' at " + asAt));
            r = new IndicatorRecords(indicator);
            values.forIndicatorAsAt(indicator, asAt).forEach(v -> r.values.put(v.period, v));
            targets.forIndicatorAsAt(indicator, asAt).forEach(t -> r.targets.put(t.period, t));
            overrides.forIndicatorAsAt(indicator, asAt).forEach(o -> r.overrides.put(o.period, o));
        }
        if (!query.drafts()) {
            protect(Map.of(indicator.id, r), null, asAt, publication.publishedPeriods(asAt));
        }
        List<HistoryResponse.Entry> entries = r.values.values().stream()
                .map(v -> Period.parse(v.period))
                .sorted(Comparator.naturalOrder())
                .map(p -> {
                    IndicatorValue v = r.values.get(p.code());
                    IndicatorRecords.Evaluation e = r.evaluate(p, basis);
                    return new HistoryResponse.Entry(p.code(), FigureView.of(p.code(), v, indicator.presentation()),
                            v.commentary, e.target(), e.rag(), e.override(), e.direction());
                })
                .toList();
        return new HistoryResponse(indicator.ref, indicator.title, indicator.unit, indicator.polarity, r.lastUpdated(),
                basis, asAt, entries);
    }

    /**
     * What a viewer or partner may see of these records: figures of published periods only, and, for a read of the
     * past, today's protection applied to it: a period must be published now as well as then, and a figure suppressed
     * since is shown suppressed ({@link Suppression}). Editors see drafts, and the past as it was.
     */
    private Set<String> protect(Map<Long, IndicatorRecords> records, Set<String> periods, Instant asAt, Set<String> published) {
        Set<String> visible = published;
        if (asAt != null && !records.isEmpty()) {
            visible = publication.publishedThenAndNow(asAt);
            Map<String, uk.org.councilkpi.value.Suppression> suppressions = values.suppressions(records.keySet(), periods);
            records.values().forEach(r -> r.hideSuppressed(suppressions));
        }
        Set<String> shown = visible;
        records.values().forEach(r -> r.keepOnly(shown));
        return shown;
    }

    /** Loads everything the indicators have for these periods: four queries, whatever the number of indicators. */
    private Map<Long, IndicatorRecords> load(List<Indicator> list, Set<String> periods, Instant asAt) {
        Map<Long, IndicatorRecords> records = new LinkedHashMap<>();
        list.forEach(i -> records.put(i.id, new IndicatorRecords(i)));
        if (records.isEmpty()) {
            return records;
        }
        Set<Long> ids = records.keySet();
        if (asAt == null) {
            values.forIndicators(ids, periods).forEach(v -> records.get(v.indicator.id).values.put(v.period, v));
            targets.forIndicators(ids, periods).forEach(t -> records.get(t.indicator.id).targets.put(t.period, t));
            overrides.forIndicators(ids, periods).forEach(o -> records.get(o.indicator.id).overrides.put(o.period, o));
            comparators.forIndicators(ids, periods).forEach(c -> records.get(c.indicator.id).comparators.put(c.period, c));
        } else {
            values.forIndicatorsAsAt(ids, periods, asAt).forEach(v -> records.get(v.indicator.id).values.put(v.period, v));
            targets.forIndicatorsAsAt(ids, periods, asAt).forEach(t -> records.get(t.indicator.id).targets.put(t.period, t));
            overrides.forIndicatorsAsAt(ids, periods, asAt).forEach(o -> records.get(o.indicator.id).overrides.put(o.period, o));
            comparators.forIndicatorsAsAt(ids, periods, asAt).forEach(c -> records.get(c.indicator.id).comparators.put(c.period, c));
        }
        return records;
    }

    private static ScorecardResponse.Comparators comparators(PeriodComparator c) {
        return new ScorecardResponse.Comparators(c.period,
                c.statNeighbourAverage == null ? null : c.statNeighbourAverage.stripTrailingZeros(), c.statNeighbourNote,
                c.nationalAverage == null ? null : c.nationalAverage.stripTrailingZeros(), c.nationalNote);
    }

    private static ScorecardResponse.Summary summarise(List<ScorecardResponse.Row> rows) {
        return new ScorecardResponse.Summary(
                StatusSummary.countRatings(rows.stream().map(r -> r.rag().rating()).toList()),
                StatusSummary.countRatings(rows.stream()
                        .map(r -> r.override() == null ? r.rag().rating() : r.override().rating()).toList()),
                StatusSummary.countPerformance(rows.stream().map(r -> r.direction().performance()).toList()));
    }
}
