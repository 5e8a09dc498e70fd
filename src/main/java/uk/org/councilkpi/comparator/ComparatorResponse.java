package uk.org.councilkpi.comparator;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Comparator", description = "Statistical-neighbour and national averages for an indicator and period")
public record ComparatorResponse(
        @Schema(examples = "1.5") String ref,
        @Schema(examples = "2017-18-Q2") String period,
        @Schema(nullable = true, examples = "22.1") BigDecimal statNeighbourAverage,
        @Schema(nullable = true) String statNeighbourNote,
        @Schema(nullable = true, examples = "21.9") BigDecimal nationalAverage,
        @Schema(nullable = true) String nationalNote,
        @Schema(nullable = true) Instant updatedAt) {

    public static ComparatorResponse of(PeriodComparator c) {
        return new ComparatorResponse(c.indicator.ref, c.period, strip(c.statNeighbourAverage), c.statNeighbourNote,
                strip(c.nationalAverage), c.nationalNote, c.updatedAt);
    }

    private static BigDecimal strip(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }
}
