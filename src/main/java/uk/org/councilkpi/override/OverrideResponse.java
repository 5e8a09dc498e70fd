package uk.org.councilkpi.override;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.Rag;

@Schema(name = "IndicatorOverride", description = "An officer's rating of an indicator for a period, shown beside the computed rating")
public record OverrideResponse(
        @Schema(examples = "CED049") String ref,
        @Schema(examples = "2015-16-Q2") String period,
        @Schema(examples = "AMBER") Rag rating,
        String reason,
        String setBy,
        Instant setAt) {

    public static OverrideResponse of(RagOverride o) {
        return new OverrideResponse(o.indicator.ref, o.period, o.rating, o.reason, o.setBy, o.setAt);
    }
}
