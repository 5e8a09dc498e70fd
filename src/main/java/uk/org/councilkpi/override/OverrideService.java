package uk.org.councilkpi.override;

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
import uk.org.councilkpi.signoff.SignoffService;
import uk.org.councilkpi.status.Rag;

/** Records and reads officers' RAG overrides. */
@ApplicationScoped
public class OverrideService {

    private final IndicatorService indicators;
    private final OverrideRepository overrides;
    private final SignoffService signoffs;
    private final Audit audit;
    private final Clock clock;

    public OverrideService(IndicatorService indicators, OverrideRepository overrides, SignoffService signoffs,
                           Audit audit, Clock clock) {
        this.indicators = indicators;
        this.overrides = overrides;
        this.signoffs = signoffs;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<OverrideResponse> list(String ref) {
        return overrides.forIndicator(indicators.require(ref)).stream().map(OverrideResponse::of).toList();
    }

    @Transactional
    public OverrideResponse get(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return overrides.find(indicators.require(ref), period).map(OverrideResponse::of)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no override for " + period));
    }

    @Transactional
    public Stored<OverrideResponse> put(String ref, String periodCode, OverrideRequest request) {
        String period = Period.parse(periodCode).code();
        if (request.rating() == Rag.NOT_RATED) {
            throw ApiException.invalid("rating", "must be RED, AMBER or GREEN");
        }
        Indicator indicator = indicators.require(ref);
        RagOverride override = overrides.find(indicator, period).orElse(null);
        signoffs.requireOpen(List.of(period));
        String author = audit.actor(request.setBy());
        boolean created = override == null;
        if (created) {
            override = new RagOverride();
            override.indicator = indicator;
            override.period = period;
        }
        override.rating = request.rating();
        override.reason = request.reason().strip();
        override.setBy = author;
        override.setAt = clock.instant();
        if (created) {
            overrides.persist(override);
        }
        return new Stored<>(OverrideResponse.of(override), created);
    }

    /** The rating as a request that would set it again: what a merge patch applies to (404 if there is none). */
    @Transactional
    public OverrideRequest currentRequest(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        RagOverride o = overrides.find(indicators.require(ref), period).orElseThrow(() -> ApiException.notFound(
                "Indicator '" + ref + "' has no override for " + period + ": PUT it first"));
        return new OverrideRequest(o.rating, o.reason, null);
    }

    @Transactional
    public void delete(String ref, String periodCode, String by) {
        String period = Period.parse(periodCode).code();
        RagOverride override = overrides.find(indicators.require(ref), period)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no override for " + period));
        signoffs.requireOpen(List.of(period));
        audit.actor(by);
        overrides.delete(override);
    }
}
