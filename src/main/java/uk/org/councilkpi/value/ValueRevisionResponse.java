package uk.org.councilkpi.value;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.ValueState;

@Schema(name = "ValueRevision", description = "An earlier version of a figure, kept when it was corrected or deleted")
public record ValueRevisionResponse(
        @Schema(examples = "1.5") String ref,
        @Schema(examples = "2017-18-Q2") String period,
        ValueState state,
        @Schema(examples = "21") BigDecimal number,
        boolean provisional,
        boolean estimated,
        String note,
        String commentary,
        @Schema(description = "Who entered this version") String enteredBy,
        @Schema(description = "When this version was entered") Instant enteredAt,
        @Schema(description = "When it stopped being current") Instant replacedAt,
        @Schema(description = "CORRECTED by a later version, or DELETED", examples = "CORRECTED") ValueRevision.Change change) {

    static ValueRevisionResponse of(ValueRevision r) {
        return new ValueRevisionResponse(r.indicator.ref, r.period, r.state,
                r.number == null ? null : r.number.stripTrailingZeros(), r.provisional, r.estimated, r.note,
                r.commentary, r.enteredBy, r.enteredAt, r.replacedAt, r.change);
    }
}
