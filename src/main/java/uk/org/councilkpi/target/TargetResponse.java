package uk.org.councilkpi.target;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.status.TargetForm;

@Schema(name = "Target", description = "An indicator's target for a financial year or one quarter")
public record TargetResponse(
        @Schema(examples = "1.5") String ref,
        @Schema(examples = "2017-18") String period,
        @Schema(examples = "AT_MOST") TargetForm form,
        @Schema(nullable = true, examples = "20") BigDecimal value,
        @Schema(nullable = true) BigDecimal low,
        @Schema(nullable = true) BigDecimal high,
        @Schema(nullable = true, examples = "<20%") String text,
        @Schema(nullable = true) ToleranceDto tolerance,
        String updatedBy,
        Instant updatedAt) {

    public static TargetResponse of(Target t) {
        return new TargetResponse(t.indicator.ref, t.period, t.form, strip(t.value), strip(t.low), strip(t.high), t.text,
                ToleranceDto.of(t.toleranceKind, t.toleranceAmount), t.updatedBy, t.updatedAt);
    }

    private static BigDecimal strip(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }
}
