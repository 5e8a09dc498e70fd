package uk.org.councilkpi.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.status.ValueState;

/** Records and reads indicators' figures. */
@ApplicationScoped
public class ValueService {

    private final IndicatorService indicators;
    private final ValueRepository values;
    private final ValueRevisionRepository revisions;
    private final Clock clock;

    public ValueService(IndicatorService indicators, ValueRepository values, ValueRevisionRepository revisions,
                        Clock clock) {
        this.indicators = indicators;
        this.values = values;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional
    public List<ValueResponse> list(String ref) {
        return values.forIndicator(indicators.require(ref)).stream()
                .sorted(Comparator.comparing(v -> Period.parse(v.period)))
                .map(ValueResponse::of).toList();
    }

    @Transactional
    public ValueResponse get(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return values.find(indicators.require(ref), period).map(ValueResponse::of)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no figure for " + period));
    }

    @Transactional
    public Stored<ValueResponse> put(String ref, String periodCode, ValueRequest request) {
        String period = Period.parse(periodCode).code();
        ValueState state = stateOf(request);
        Indicator indicator = indicators.require(ref);
        IndicatorValue value = values.find(indicator, period).orElse(null);
        boolean created = value == null;
        if (created) {
            value = new IndicatorValue();
            value.indicator = indicator;
            value.period = period;
        } else if (sameContent(value, state, request)) {
            return new Stored<>(ValueResponse.of(value), false); // nothing to correct: the figure stands as entered
        } else {
            revisions.persist(ValueRevision.of(value, ValueRevision.Change.CORRECTED, clock.instant()));
        }
        value.state = state;
        value.number = request.number();
        value.provisional = Boolean.TRUE.equals(request.provisional());
        value.estimated = Boolean.TRUE.equals(request.estimated());
        value.note = request.note();
        value.commentary = request.commentary();
        value.enteredBy = request.enteredBy();
        value.enteredAt = clock.instant();
        if (created) {
            values.persist(value);
        }
        return new Stored<>(ValueResponse.of(value), created);
    }

    @Transactional
    public void delete(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        IndicatorValue value = values.find(indicators.require(ref), period)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no figure for " + period));
        revisions.persist(ValueRevision.of(value, ValueRevision.Change.DELETED, clock.instant()));
        values.delete(value);
    }

    /** The earlier versions of a figure, newest first: corrections and deletions keep what they replaced. */
    @Transactional
    public List<ValueRevisionResponse> revisions(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return revisions.forPeriod(indicators.require(ref), period).stream().map(ValueRevisionResponse::of).toList();
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
