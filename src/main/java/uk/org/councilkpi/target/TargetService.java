package uk.org.councilkpi.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.signoff.SignoffService;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.TargetText;

/** Sets and reads indicators' targets. */
@ApplicationScoped
public class TargetService {

    private static final int INTEGER_DIGITS = 13;
    private static final int FRACTION_DIGITS = 6;

    private final IndicatorService indicators;
    private final TargetRepository targets;
    private final Audit audit;
    private final SignoffService signoffs;
    private final Clock clock;

    public TargetService(IndicatorService indicators, TargetRepository targets, Audit audit, SignoffService signoffs,
                         Clock clock) {
        this.signoffs = signoffs;
        this.indicators = indicators;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<TargetResponse> list(String ref) {
        return targets.forIndicator(indicators.require(ref)).stream().map(TargetResponse::of).toList();
    }

    @Transactional
    public TargetResponse get(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        Indicator indicator = indicators.require(ref);
        return targets.find(indicator, period).map(TargetResponse::of)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no target for " + period));
    }

    @Transactional
    public Stored<TargetResponse> put(String ref, String periodCode, TargetRequest request) {
        String period = Period.parse(periodCode).code();
        TargetSpec spec = specOf(request);
        Indicator indicator = indicators.require(ref);
        Target target = targets.find(indicator, period).orElse(null);
        signoffs.requireTargetOpen(period);
        String author = audit.actor(request.updatedBy());
        boolean created = target == null;
        if (created) {
            target = new Target();
            target.indicator = indicator;
            target.period = period;
        }
        target.form = spec.form();
        target.value = spec.value();
        target.low = spec.low();
        target.high = spec.high();
        target.text = request.text();
        target.toleranceKind = request.tolerance() == null ? null : request.tolerance().kind();
        target.toleranceAmount = request.tolerance() == null ? null : request.tolerance().amount();
        target.updatedBy = author;
        target.batchId = null; // an API correction is no import batch
        target.updatedAt = clock.instant();
        if (created) {
            targets.persist(target);
        }
        return new Stored<>(TargetResponse.of(target), created);
    }

    /** The target as a request that would set it again: what a merge patch applies to (404 if there is none). */
    @Transactional
    public TargetRequest currentRequest(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        Target t = targets.find(indicators.require(ref), period).orElseThrow(() -> ApiException.notFound(
                "Indicator '" + ref + "' has no target for " + period + ": PUT it first"));
        return new TargetRequest(t.form, strip(t.value), strip(t.low), strip(t.high), t.text,
                t.toleranceKind == null ? null : new uk.org.councilkpi.common.ToleranceDto(t.toleranceKind,
                        strip(t.toleranceAmount)), null);
    }

    private static BigDecimal strip(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }

    @Transactional
    public void delete(String ref, String periodCode, String by) {
        String period = Period.parse(periodCode).code();
        Indicator indicator = indicators.require(ref);
        Target target = targets.find(indicator, period)
                .orElseThrow(() -> ApiException.notFound("Indicator '" + ref + "' has no target for " + period));
        signoffs.requireTargetOpen(period);
        audit.actor(by);
        targets.delete(target);
    }

    /** The target's form and figures: as given, or read from the council's text; every mismatch is named. */
    static TargetSpec specOf(TargetRequest r) {
        if (r.form() == null) {
            if (r.text() == null || r.text().isBlank()) {
                throw ApiException.invalid("form", "is required unless text gives the target (\"<20%\", \"260-300\")");
            }
            if (r.value() != null || r.low() != null || r.high() != null) {
                throw ApiException.invalid("form", "is required when figures are given");
            }
            TargetSpec read = TargetText.parse(r.text()).orElseThrow(() -> ApiException.invalid("text",
                    "cannot be read as a target: write e.g. \"82%\", \"<20%\", \">=85\", \"260-300\" or \"N/A\", or give form and figures"));
            // The figures given as numbers are bounded by @Digits; those read from the text must fit the same columns.
            if (!fits(read.value()) || !fits(read.low()) || !fits(read.high())) {
                throw ApiException.invalid("text", "has a figure out of bounds: at most "
                        + INTEGER_DIGITS + " digits before the decimal point and " + FRACTION_DIGITS + " after");
            }
            return read;
        }
        List<FieldError> errors = new ArrayList<>();
        boolean range = r.form() == TargetForm.RANGE;
        boolean none = r.form() == TargetForm.NONE;
        String why = "a " + r.form() + " target";
        if (range || none) {
            absent(errors, "value", r.value(), why);
        } else {
            present(errors, "value", r.value(), why);
        }
        if (range) {
            present(errors, "low", r.low(), why);
            present(errors, "high", r.high(), why);
            if (r.low() != null && r.high() != null && r.low().compareTo(r.high()) > 0) {
                errors.add(new FieldError("low", "must not be above high"));
            }
        } else {
            absent(errors, "low", r.low(), why);
            absent(errors, "high", r.high(), why);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new TargetSpec(r.form(), r.value(), r.low(), r.high());
    }

    /** Whether a figure fits numeric(19, 6), as {@code @Digits(integer = 13, fraction = 6)} checks the given ones. */
    private static boolean fits(BigDecimal figure) {
        if (figure == null) {
            return true;
        }
        BigDecimal n = figure.stripTrailingZeros();
        return n.precision() - n.scale() <= INTEGER_DIGITS && n.scale() <= FRACTION_DIGITS;
    }

    private static void present(List<FieldError> errors, String field, Object value, String why) {
        if (value == null) {
            errors.add(new FieldError(field, "is required for " + why));
        }
    }

    private static void absent(List<FieldError> errors, String field, Object value, String why) {
        if (value != null) {
            errors.add(new FieldError(field, "must be absent for " + why));
        }
    }
}
