package uk.org.councilkpi.value;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.status.NumberLimits;

/** A period's figure: a number, or a state without one. */
@Schema(name = "ValueRequest", description = "A period's figure. AVAILABLE needs a number; SUPPRESSED may keep one"
        + " (never shown to the public, never rated); the other states have none. State defaults to AVAILABLE.")
public record ValueRequest(
        @Schema(description = "Whether there is a number, and if not why (default AVAILABLE)", examples = "AVAILABLE")
        ValueState state,
        @Digits(integer = NumberLimits.INTEGER_DIGITS, fraction = NumberLimits.FRACTION_DIGITS) @Schema(description = "The figure, in the indicator's unit (20 for 20%)", examples = "20")
        BigDecimal number,
        @Schema(description = "The figure may still change (default false)") Boolean provisional,
        @Schema(description = "The figure is an estimate (default false)") Boolean estimated,
        @Size(max = 200) @Schema(description = "A short qualifier printed beside the figure", examples = "July fig") String note,
        @Size(max = 10000) @Schema(description = "The commentary for scrutiny") String commentary,
        @Size(max = 100) @Schema(description = "Who entered the figure when not the caller: recorded beside the authenticated caller, as \"sec editor for j.smith\"", examples = "performance.team") String enteredBy) {
}
