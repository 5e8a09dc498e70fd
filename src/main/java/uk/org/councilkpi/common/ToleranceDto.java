package uk.org.councilkpi.common;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.Tolerance;
import uk.org.councilkpi.status.ToleranceKind;
import uk.org.councilkpi.status.NumberLimits;

/** A band: a percentage of the reference figure, or an amount in the indicator's unit. */
@Schema(name = "Tolerance", description = "A band around a reference figure: PERCENT of it, or an ABSOLUTE amount in the indicator's unit")
public record ToleranceDto(
        @NotNull @Schema(description = "PERCENT of the reference figure, or ABSOLUTE in the indicator's unit", examples = "PERCENT")
        ToleranceKind kind,
        @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = NumberLimits.INTEGER_DIGITS, fraction = NumberLimits.FRACTION_DIGITS)
        @Schema(description = "The size of the band", examples = "15")
        BigDecimal amount) {

    public Tolerance toTolerance() {
        return new Tolerance(kind, amount);
    }

    public static ToleranceDto of(ToleranceKind kind, BigDecimal amount) {
        return kind == null ? null : new ToleranceDto(kind, amount.stripTrailingZeros());
    }
}
