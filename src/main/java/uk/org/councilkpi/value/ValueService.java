package uk.org.councilkpi.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.ProblemType;
import uk.org.councilkpi.signoff.SignoffService;
import uk.org.councilkpi.status.ValueState;

/** Records and reads indicators' figures. */
@ApplicationScoped
public class ValueService {

    private final IndicatorService indicators;
    private final ValueRepository values;
    private final ValueRevisionRepository revisions;
    private final SignoffService signoffs;
    private final IndicatorRepository indicatorRepository;
    private final Audit audit;
    private final Clock clock;

    public ValueService(IndicatorService indicators, ValueRepository values, ValueRevisionRepository revisions,
                        SignoffService signoffs, IndicatorRepository indicatorRepository, Audit audit, Clock clock) {
        this.indicators = indicators;
        this.values = values;
        this.revisions = revisions;
        this.signoffs = signoffs;
        this.indicatorRepository = indicatorRepository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<ValueResponse> list(String ref, Instant asAt) {
        return figures(ref, asAt).stream()
                .sorted(Comparator.comparing(v -> Period.parse(v.period)))
                .map(ValueResponse::of).toList();
    }

    /** A figure as it stands, or as it stood at {@code asAt}. */
    @Transactional
    public ValueResponse get(String ref, String periodCode, Instant asAt) {
        String period = Period.parse(periodCode).code();
        Optional<IndicatorValue> value = asAt == null
                ? values.find(indicators.require(ref), period)
                : figures(ref, asAt).stream().filter(v -> v.period.equals(period)).findFirst();
        return value.map(ValueResponse::of).orElseThrow(() -> ApiException.notFound(
                "Indicator '" + ref + "' has no figure for " + period + (asAt == null ? "" : " at " + asAt)));
    }

    private List<IndicatorValue> figures(String ref, Instant asAt) {
        if (asAt == null) {
            return values.forIndicator(indicators.require(ref));
        }
        Indicator indicator = indicatorRepository.findByRefAsAt(ref, asAt)
                .orElseThrow(() -> ApiException.notFound("No indicator with ref '" + ref + "' at " + asAt));
        return values.forIndicatorAsAt(indicator, asAt);
    }

    @Transactional
    public Stored<ValueResponse> put(String ref, String periodCode, ValueRequest request) {
        return put(ref, periodCode, request, null);
    }

    /**
     * Records a figure. With {@code ifMatch} (an ETag from a read), the write goes ahead only if the figure is
     * still that version: a stale write gets 412, so that concurrent edits cannot overwrite each other unseen.
     */
    @Transactional
    public Stored<ValueResponse> put(String ref, String periodCode, ValueRequest request, String ifMatch) {
        String period = Period.parse(periodCode).code();
        ValueState state = stateOf(request);
        Indicator indicator = indicators.require(ref);
        IndicatorValue value = values.findForUpdate(indicator, period).orElse(null);
        requireMatch(ifMatch, value);
        signoffs.requireOpen(List.of(period));
        String author = audit.actor(request.enteredBy());
        boolean created = value == null;
        if (created) {
            value = new IndicatorValue();
            value.indicator = indicator;
            value.period = period;
        } else if (sameContent(value, state, request)) {
            return new Stored<>(ValueResponse.of(value), false); // nothing to correct: the figure stands as entered
        }
        value.state = state;
        value.number = request.number();
        value.provisional = Boolean.TRUE.equals(request.provisional());
        value.estimated = Boolean.TRUE.equals(request.estimated());
        value.note = request.note();
        value.commentary = request.commentary();
        value.enteredBy = author;
        value.batchId = null; // an API correction is no import batch
        value.enteredAt = clock.instant();
        if (created) {
            values.persist(value);
        }
        values.flush(); // the answer carries the new version
        return new Stored<>(ValueResponse.of(value), created);
    }

    /** Deletes a figure; its last version is kept among its revisions, with who deleted it. */
    @Transactional
    public void delete(String ref, String periodCode, String by, String ifMatch) {
        String period = Period.parse(periodCode).code();
        IndicatorValue value = values.findForUpdate(indicators.require(ref), period)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no figure for " + period));
        requireMatch(ifMatch, value);
        signoffs.requireOpen(List.of(period));
        audit.actor(by);
        values.delete(value);
    }

    /** The figure as a request that would write it again: what a merge patch applies to (404 if there is none). */
    @Transactional
    public ValueRequest currentRequest(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        IndicatorValue v = values.find(indicators.require(ref), period).orElseThrow(() -> ApiException.notFound(
                "Indicator '" + ref + "' has no figure for " + period + ": PUT it first"));
        return new ValueRequest(v.state, v.number == null ? null : v.number.stripTrailingZeros(), v.provisional,
                v.estimated, v.note, v.commentary, null);
    }

    /** The figure's ETag: its version. */
    public static String etag(ValueResponse value) {
        return "\"" + value.version() + "\"";
    }

    private static void requireMatch(String ifMatch, IndicatorValue current) {
        uk.org.councilkpi.common.IfMatch.require(ifMatch, current == null ? null : current.version, "figure");
    }

    /** The earlier versions of a figure, newest first: corrections and deletions keep what they replaced. */
    @Transactional
    public List<ValueRevisionResponse> revisions(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return revisions.forPeriod(indicators.require(ref), period);
    }

    private static boolean sameContent(IndicatorValue v, ValueState state, ValueRequest r) {
        return v.state == state
                && (v.number == null ? r.number() == null : r.number() != null && v.number.compareTo(r.number()) == 0)
                && v.provisional == Boolean.TRUE.equals(r.provisional())
                && v.estimated == Boolean.TRUE.equals(r.estimated())
                && Objects.equals(v.note, r.note())
                && Objects.equals(v.commentary, r.commentary());
    }

    /** The state, checked against the number: AVAILABLE needs one, SUPPRESSED may keep one, the rest have none. */
    static ValueState stateOf(ValueRequest r) {
        ValueState state = r.state() == null ? ValueState.AVAILABLE : r.state();
        if (state == ValueState.AVAILABLE && r.number() == null) {
            throw ApiException.invalid("number", r.state() == null
                    ? "is required; or give a state such as NOT_YET_AVAILABLE or SUPPRESSED"
                    : "is required for an AVAILABLE figure");
        }
        if (state != ValueState.AVAILABLE && state != ValueState.SUPPRESSED && r.number() != null) {
            throw ApiException.invalid("number", "must be absent for a figure in state " + state);
        }
        return state;
    }
}
