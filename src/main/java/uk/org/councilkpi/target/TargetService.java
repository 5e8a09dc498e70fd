package uk.org.councilkpi.target;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.perperiod.PeriodKind;
import uk.org.councilkpi.perperiod.PeriodRecordService;
import uk.org.councilkpi.perperiod.PeriodWrites;
import uk.org.councilkpi.perperiod.SignoffLock;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.status.NumberLimits;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.TargetText;

/** Sets and reads indicators' targets: locked while a period they rate is signed off. */
@ApplicationScoped
public class TargetService extends PeriodRecordService<Target, TargetRequest, TargetResponse> {

    private static final PeriodKind<Target, TargetRequest, TargetResponse> KIND = new PeriodKind<>(
            "target", SignoffLock.RATED_PERIODS, Target::new, TargetResponse::of, TargetRequest::updatedBy);

    public TargetService(TargetRepository targets, PeriodWrites writes) {
        super(KIND, targets, writes);
    }

    /** The request with its form and figures read ({@link #specOf}). */
    @Override
    protected TargetRequest checked(TargetRequest r) {
        TargetSpec spec = specOf(r);
        return new TargetRequest(spec.form(), spec.value(), spec.low(), spec.high(), r.text(), r.tolerance(),
                r.updatedBy());
    }

    @Override
    protected void write(Target target, TargetRequest request, String author, Instant now) {
        target.form = request.form();
        target.value = request.value();
        target.low = request.low();
        target.high = request.high();
        target.text = request.text();
        target.toleranceKind = request.tolerance() == null ? null : request.tolerance().kind();
        target.toleranceAmount = request.tolerance() == null ? null : request.tolerance().amount();
        target.updatedBy = author;
        target.batchId = null; // an API correction is no import batch
        target.updatedAt = now;
    }

    @Override
    protected TargetRequest asRequest(Target t) {
        return new TargetRequest(t.form, strip(t.value), strip(t.low), strip(t.high), t.text,
                t.toleranceKind == null ? null : new ToleranceDto(t.toleranceKind, strip(t.toleranceAmount)), null);
    }

    private static BigDecimal strip(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
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
            if (!NumberLimits.fits(read.value()) || !NumberLimits.fits(read.low()) || !NumberLimits.fits(read.high())) {
                throw ApiException.invalid("text", "has a figure out of bounds: at most " + NumberLimits.INTEGER_DIGITS
                        + " digits before the decimal point and " + NumberLimits.FRACTION_DIGITS + " after");
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
