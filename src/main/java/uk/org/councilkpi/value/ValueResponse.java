package uk.org.councilkpi.value;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.ValueState;

@Schema(name = "Value", description = "An indicator's figure for one period")
public record ValueResponse(
        @Schema(examples = "1.5") String ref,
        @Schema(examples = "2017-18-Q2") String period,
        ValueState state,
        @Schema(nullable = true, examples = "20") BigDecimal number,
        boolean provisional,
        boolean estimated,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) String commentary,
        String enteredBy,
        Instant enteredAt,
        @Schema(nullable = true, description = "The import batch that wrote it, if any") Long batchId,
        @Schema(description = "The figure's version, also its ETag: send it back in If-Match to update safely")
        long version) {

    public static ValueResponse of(IndicatorValue v) {
        return new ValueResponse(v.indicator.ref, v.period, v.state,
                v.number == null ? null : v.number.stripTrailingZeros(), v.provisional, v.estimated, v.note,
                v.commentary, v.enteredBy, v.enteredAt, v.batchId, v.version);
    }
}
