package uk.org.councilkpi.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.NumberLimits;

/** A target for one period: give its form and figures, or only the text as the council wrote it. */
@Schema(name = "TargetRequest", description = "A target for one period. Give form with its figures (value for VALUE,"
        + " AT_LEAST, AT_MOST and EXACT; low and high for RANGE; none for NONE), or give only text"
        + " (\"<20%\", \"260-300\", \"82%\") and the form and figures are read from it.")
public record TargetRequest(
        @Schema(description = "The target's shape; read from text when absent", examples = "AT_MOST") TargetForm form,
        @Digits(integer = NumberLimits.INTEGER_DIGITS, fraction = NumberLimits.FRACTION_DIGITS) @Schema(examples = "20") BigDecimal value,
        @Digits(integer = NumberLimits.INTEGER_DIGITS, fraction = NumberLimits.FRACTION_DIGITS) @Schema(examples = "260") BigDecimal low,
        @Digits(integer = NumberLimits.INTEGER_DIGITS, fraction = NumberLimits.FRACTION_DIGITS) @Schema(examples = "300") BigDecimal high,
        @Size(max = 200) @Schema(description = "The target as the council wrote it", examples = "<20%") String text,
        @Valid @Schema(description = "This target's own amber tolerance, instead of the indicator's") ToleranceDto tolerance,
        @Size(max = 100) @Schema(description = "Who set the target when not the caller: recorded beside the authenticated caller, as \"sec editor for j.smith\"", examples = "performance.team") String updatedBy) {
}
