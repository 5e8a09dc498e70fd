package uk.org.councilkpi.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.org.councilkpi.common.Audit;
import java.time.Clock;
import java.time.Instant;
import uk.org.councilkpi.common.PageResponse;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.status.DirectionBasis;

/** Defines, changes and looks up indicators. */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final Audit audit;
    private final Clock clock;

    public IndicatorService(IndicatorRepository indicators, Audit audit, Clock clock) {
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    /** The indicator with this ref, or a 404 problem. */
    public Indicator require(String ref) {
        return indicators.findByRef(ref)
                .orElseThrow(() -> ApiException.notFound("No indicator with ref '" + ref + "'"));
    }

    @Transactional
    public IndicatorResponse get(String ref) {
        Indicator indicator = require(ref);
        return IndicatorResponse.of(indicator, objectivesOf(java.util.List.of(indicator.id)).getOrDefault(indicator.id, java.util.List.of()));
    }

    @Transactional
    public PageResponse<IndicatorResponse> list(IndicatorFilter filter, int page, int size) {
        PanacheQuery<Indicator> query = indicators.matching(filter).page(page, size);
        long total = query.count();
        java.util.List<Indicator> found = query.list();
        java.util.Map<Long, java.util.List<String>> objectives = objectivesOf(found.stream().map(i -> i.id).toList());
        return new PageResponse<>(found.stream().map(i -> IndicatorResponse.of(i, objectives.getOrDefault(i.id,
                java.util.List.of()))).toList(), page, size, total,
                (int) ((total + size - 1) / size));
    }

    @Transactional
    public IndicatorResponse create(IndicatorRequest request) {
        if (indicators.findByRef(request.ref()).isPresent()) {
            throw ApiException.conflict("An indicator with ref '" + request.ref() + "' already exists");
        }
        Indicator indicator = new Indicator();
        indicator.ref = request.ref();
        indicator.createdAt = clock.instant();
        apply(indicator, request, indicator.createdAt);
        indicator.updatedBy = audit.actor(null);
        indicators.persist(indicator);
        return IndicatorResponse.of(indicator, java.util.List.of());
    }

    @Transactional
    public IndicatorResponse replace(String ref, IndicatorRequest request) {
        Indicator indicator = require(ref);
        if (!ref.equals(request.ref())) {
            throw ApiException.invalid("ref", "must be '" + ref + "', the ref in the path: a ref cannot change");
        }
        apply(indicator, request, clock.instant());
        indicator.updatedBy = audit.actor(null);
        return IndicatorResponse.of(indicator, objectivesOf(java.util.List.of(indicator.id)).getOrDefault(indicator.id,
                java.util.List.of()));
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
    private java.util.Map<Long, java.util.List<String>> objectivesOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : indicators.objectiveRefs(ids);
    }

    private static uk.org.councilkpi.common.ToleranceDto tolerance(uk.org.councilkpi.status.ToleranceKind kind,
                                                                  java.math.BigDecimal amount) {
        return kind == null ? null : new uk.org.councilkpi.common.ToleranceDto(kind, amount.stripTrailingZeros());
    }

    /** Deletes an indicator with its targets, overrides and comparators; one with figures is kept (409). */
    @Transactional
    public void delete(String ref) {
        Indicator indicator = require(ref);
        long values = indicators.countFigures(indicator);
        if (values > 0) {
            throw ApiException.conflict("Indicator '" + ref + "' has " + values
                    + " recorded figure(s); delete them first, so that no figure is lost by accident");
        }
        indicators.delete(indicator);
    }

    private static void apply(Indicator i, IndicatorRequest r, Instant now) {
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
        i.updatedAt = now;
    }
}
