package uk.org.councilkpi.indicator;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Unit;

/** An indicator as the API shows it. */
@Schema(name = "Indicator", description = "A performance indicator")
public record IndicatorResponse(
        @Schema(examples = "1.5") String ref,
        @Schema(examples = "% repeat referrals") String title,
        @Schema(nullable = true) String description,
        Unit unit,
        Polarity polarity,
        Frequency frequency,
        Measurement measurement,
        @Schema(examples = "1") int decimalPlaces,
        @Schema(nullable = true) String directorate,
        @Schema(nullable = true) String service,
        @Schema(nullable = true) String planPriority,
        @Schema(nullable = true) String corporatePriority,
        @Schema(nullable = true) String responsibleOfficer,
        boolean key,
        @Schema(nullable = true) ToleranceDto tolerance,
        @Schema(nullable = true) ToleranceDto sameBand,
        DirectionBasis directionBasis,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "The responsible officer's e-mail", examples = "jamie.pope@halton.gov.uk")
        String responsibleEmail,
        @Schema(description = "The refs of the plan priorities and objectives it serves", examples = "[\"CYP P1\"]")
        java.util.List<String> objectives) {

    static IndicatorResponse of(Indicator i, java.util.List<String> objectives) {
        return new IndicatorResponse(i.ref, i.title, i.description, i.unit, i.polarity, i.frequency, i.measurement,
                i.decimalPlaces, i.directorate, i.service, i.planPriority, i.corporatePriority, i.responsibleOfficer,
                i.keyIndicator, ToleranceDto.of(i.toleranceKind, i.toleranceAmount),
                ToleranceDto.of(i.sameBandKind, i.sameBandAmount), i.directionBasis, i.createdAt, i.updatedAt,
                i.responsibleEmail, objectives);
    }
}
