package uk.org.councilkpi.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.PageResponse;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.definition.DefinitionKind;
import uk.org.councilkpi.definition.DefinitionService;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.ToleranceKind;

/** Defines, changes and looks up indicators. */
@ApplicationScoped
public class IndicatorService extends DefinitionService<Indicator, IndicatorRequest, IndicatorResponse> {

    private final IndicatorRepository indicators;

    public IndicatorService(IndicatorRepository indicators, Audit audit) {
        super(new DefinitionKind<>("indicator", Indicator::new, i -> IndicatorResponse.of(i,
                indicators.objectiveRefs(List.of(i.id)).getOrDefault(i.id, List.of()))), indicators, audit);
        this.indicators = indicators;
    }

    @Transactional
    public PageResponse<IndicatorResponse> list(IndicatorFilter filter, int page, int size) {
        PanacheQuery<Indicator> query = indicators.matching(filter).page(page, size);
        long total = query.count();
        List<Indicator> found = query.list();
        Map<Long, List<String>> objectives = objectivesOf(found.stream().map(i -> i.id).toList());
        return new PageResponse<>(found.stream().map(i -> IndicatorResponse.of(i, objectives.getOrDefault(i.id,
                List.of()))).toList(), page, size, total,
                (int) ((total + size - 1) / size));
    }

    /**
     * Makes {@code links} (an objective's, a milestone's) the indicators these refs name; a 400 on {@code indicators}
     * listing the refs that name none, before anything changes.
     */
    public void link(Set<Indicator> links, List<String> refs) {
        List<String> wanted = refs == null ? List.of() : refs;
        List<Indicator> found = wanted.isEmpty() ? List.of() : indicators.list("ref in ?1", wanted);
        List<String> unknown = wanted.stream().filter(ref -> found.stream().noneMatch(i -> i.ref.equals(ref))).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("indicators", "names no indicator: " + String.join(", ", unknown));
        }
        if (!links.equals(Set.copyOf(found))) { // the same links again change nothing, and write no version
            links.clear();
            links.addAll(found);
        }
    }

    /** Its recorded figures keep it, so that no figure is lost by accident; its targets, overrides and comparators go. */
    @Override
    protected Optional<String> keptBecause(Indicator indicator) {
        long values = indicators.countFigures(indicator);
        return keptIf(values, "Indicator '" + indicator.ref + "' has " + values
                + " recorded figure(s); delete them first, so that no figure is lost by accident");
    }

    /** The definition as a request that would write it again: what a merge patch applies to (404 if there is none). */
    @Transactional
    public IndicatorRequest currentRequest(String ref) {
        Indicator i = require(ref);
        return new IndicatorRequest(i.ref, i.title, i.description, i.unit, i.polarity, i.frequency, i.measurement,
                (int) i.decimalPlaces, i.directorate, i.service, i.planPriority, i.corporatePriority, i.responsibleOfficer,
                i.keyIndicator, tolerance(i.toleranceKind, i.toleranceAmount), tolerance(i.sameBandKind, i.sameBandAmount),
                i.directionBasis, i.responsibleEmail);
    }

    /** The refs of the objectives each of these indicators serves: one query. */
    private Map<Long, List<String>> objectivesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : indicators.objectiveRefs(ids);
    }

    private static ToleranceDto tolerance(ToleranceKind kind, BigDecimal amount) {
        return kind == null ? null : new ToleranceDto(kind, amount.stripTrailingZeros());
    }

    @Override
    protected void apply(Indicator i, IndicatorRequest r) {
        i.ref = r.ref();
        i.title = r.title().strip();
        i.description = r.description();
        i.unit = r.unit();
        i.polarity = r.polarity();
        i.frequency = r.frequency() == null ? Frequency.QUARTERLY : r.frequency();
        i.measurement = r.measurement() == null ? Measurement.SNAPSHOT : r.measurement();
        i.decimalPlaces = r.decimalPlaces() == null ? 0 : r.decimalPlaces().shortValue();
        i.directorate = r.directorate();
        i.service = r.service();
        i.planPriority = r.planPriority();
        i.corporatePriority = r.corporatePriority();
        i.responsibleOfficer = r.responsibleOfficer();
        i.responsibleEmail = r.responsibleEmail();
        i.keyIndicator = Boolean.TRUE.equals(r.key());
        i.toleranceKind = r.tolerance() == null ? null : r.tolerance().kind();
        i.toleranceAmount = r.tolerance() == null ? null : r.tolerance().amount();
        i.sameBandKind = r.sameBand() == null ? null : r.sameBand().kind();
        i.sameBandAmount = r.sameBand() == null ? null : r.sameBand().amount();
        i.directionBasis = r.directionBasis() == null ? DirectionBasis.PREVIOUS_PERIOD : r.directionBasis();
    }
}
