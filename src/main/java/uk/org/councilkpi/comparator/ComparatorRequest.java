package uk.org.councilkpi.comparator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.NumberLimits;

@Schema(name = "ComparatorRequest", minProperties = 1, description = "Comparators for one period: a figure, a note, or both, for each average; at least one of the four")
public record ComparatorRequest(
        @Digits(integer = NumberLimits.INTEGER_DIGITS, fraction = NumberLimits.FRACTION_DIGITS) @Schema(description = "Statistical-neighbour average", examples = "22.1")
        BigDecimal statNeighbourAverage,
        @Size(max = 200) @Schema(description = "Printed instead of or beside the figure", examples = "data not yet released")
        String statNeighbourNote,
        @Digits(integer = NumberLimits.INTEGER_DIGITS, fraction = NumberLimits.FRACTION_DIGITS) @Schema(description = "National (England) average", examples = "21.9")
        BigDecimal nationalAverage,
        @Size(max = 200) String nationalNote) {
}
