package uk.org.councilkpi.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.perperiod.PeriodKind;
import uk.org.councilkpi.perperiod.PeriodRecordService;
import uk.org.councilkpi.perperiod.PeriodWrites;
import uk.org.councilkpi.perperiod.SignoffLock;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.ProblemType;
import uk.org.councilkpi.status.FigureContent;
import uk.org.councilkpi.status.StateNumber;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.web.IfMatch;

/**
 * Records and reads indicators' figures: locked while their period is signed off; a write may name the version it
 * read ({@link IfMatch}) and is refused if the figure has changed since; one that changes nothing writes nothing.
 */
@ApplicationScoped
public class ValueService extends PeriodRecordService<IndicatorValue, ValueRequest, ValueResponse> {

    private static final PeriodKind<IndicatorValue, ValueRequest, ValueResponse> KIND = new PeriodKind<>(
            "figure", SignoffLock.OWN_PERIOD, IndicatorValue::new, ValueResponse::of, ValueRequest::enteredBy);

    private final PeriodWrites writes;
    private final ValueRepository values;
    private final ValueRevisionRepository revisions;
    private final IndicatorRepository indicatorRepository;

    public ValueService(ValueRepository values, PeriodWrites writes, ValueRevisionRepository revisions,
                        IndicatorRepository indicatorRepository) {
        super(KIND, values, writes);
        this.writes = writes;
        this.values = values;
        this.revisions = revisions;
        this.indicatorRepository = indicatorRepository;
    }

    /** The request with its state, checked against the number ({@link StateNumber}); AVAILABLE when not given. */
    @Override
    protected ValueRequest checked(ValueRequest r) {
        ValueState state = r.state() == null ? ValueState.AVAILABLE : r.state();
        switch (StateNumber.of(state, r.number())) {
            case NUMBER_REQUIRED -> throw ApiException.invalid("number", r.state() == null
                    ? "is required; or give a state such as NOT_YET_AVAILABLE or SUPPRESSED"
                    : "is required for an AVAILABLE figure");
            case NUMBER_FORBIDDEN -> throw ApiException.invalid("number", "must be absent for a figure in state " + state);
            case FITS -> { }
        }
        return new ValueRequest(state, r.number(), r.provisional(), r.estimated(), r.note(), r.commentary(),
                r.enteredBy());
    }

    /** Nothing to correct: the figure stands as entered (no new version). */
    @Override
    protected boolean unchanged(IndicatorValue value, ValueRequest r) {
        return value.content().sameAs(content(r));
    }

    @Override
    protected void write(IndicatorValue value, ValueRequest request, String author, Instant now) {
        FigureContent content = content(request);
        value.state = content.state();
        value.number = content.number();
        value.provisional = content.provisional();
        value.estimated = content.estimated();
        value.note = content.note();
        value.commentary = content.commentary();
        value.enteredBy = author;
        value.batchId = null; // an API correction is no import batch
        value.enteredAt = now;
    }

    @Override
    protected ValueRequest asRequest(IndicatorValue v) {
        return new ValueRequest(v.state, v.number == null ? null : v.number.stripTrailingZeros(), v.provisional,
                v.estimated, v.note, v.commentary, null);
    }

    private static FigureContent content(ValueRequest r) {
        return new FigureContent(r.state(), r.number(), Boolean.TRUE.equals(r.provisional()),
                Boolean.TRUE.equals(r.estimated()), r.note(), r.commentary());
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
        if (asAt == null) {
            return get(ref, periodCode);
        }
        String period = Period.parse(periodCode).code();
        Optional<IndicatorValue> value = figures(ref, asAt).stream().filter(v -> v.period.equals(period)).findFirst();
        return value.map(ValueResponse::of).orElseThrow(() -> ApiException.notFound(
                "Indicator '" + ref + "' has no figure for " + period + " at " + asAt));
    }

    private List<IndicatorValue> figures(String ref, Instant asAt) {
        if (asAt == null) {
            return values.forIndicator(writes.indicator(ref));
        }
        Indicator indicator = indicatorRepository.findByRefAsAt(ref, asAt)
                .orElseThrow(() -> ApiException.notFound("No indicator with ref '" + ref + "' at " + asAt));
        return values.forIndicatorAsAt(indicator, asAt);
    }

    /**
     * Records a figure. With {@code If-Match} (an ETag from a read), the write goes ahead only if the figure is
     * still that version: a stale write gets 412, so that concurrent edits cannot overwrite each other unseen.
     */
    @Transactional
    public Stored<ValueResponse> put(String ref, String periodCode, ValueRequest request, IfMatch ifMatch) {
        return put(ref, periodCode, request, current -> requireMatch(ifMatch, current));
    }

    /** Deletes a figure; its last version is kept among its revisions, with who deleted it. */
    @Transactional
    public void delete(String ref, String periodCode, String by, IfMatch ifMatch) {
        delete(ref, periodCode, by, current -> requireMatch(ifMatch, current));
    }

    private static void requireMatch(IfMatch ifMatch, IndicatorValue current) {
        ifMatch.require(current == null ? null : current.version, "figure");
    }

    /** The earlier versions of a figure, newest first: corrections and deletions keep what they replaced. */
    @Transactional
    public List<ValueRevisionResponse> revisions(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return revisions.forPeriod(writes.indicator(ref), period);
    }
}
