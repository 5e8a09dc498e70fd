package uk.org.councilkpi.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.common.ToleranceDto;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.definition.DefinitionRequest;

/** An indicator's definition, to create it or to replace it whole. */
@Schema(name = "IndicatorRequest", description = "An indicator's definition; optional fields take the defaults shown")
public record IndicatorRequest(
        @NotBlank @Ref
        @Schema(description = "The council's own code, unique; it names the indicator in URLs and cannot change", examples = "1.5")
        String ref,
        @NotBlank @Size(max = 500) @Schema(description = "The measure as printed", examples = "% repeat referrals")
        String title,
        @Size(max = 4000) @Schema(description = "What is measured and how") String description,
        @NotNull @Schema(description = "What the figures count", examples = "PERCENT") Unit unit,
        @NotNull @Schema(description = "Whether higher or lower is better; NONE for context measures, which are not rated unless their target is a range or a bound",
                examples = "LOWER_IS_BETTER") Polarity polarity,
        @Schema(description = "How often it is reported (default QUARTERLY)", examples = "QUARTERLY") Frequency frequency,
        @Schema(description = "What a period's figure measures (default SNAPSHOT)", examples = "SNAPSHOT") Measurement measurement,
        @Min(0) @Max(6) @Schema(description = "Decimal places to show (default 0)", examples = "1") Integer decimalPlaces,
        @Size(max = 200) @Schema(examples = "Cheshire East Children and Families") String directorate,
        @Size(max = 200) @Schema(examples = "Safeguarding") String service,
        @Size(max = 200) @Schema(examples = "2 Feel & Be Safe") String planPriority,
        @Size(max = 200) @Schema(examples = "Outcome 5") String corporatePriority,
        @Size(max = 200) @Schema(examples = "Head of Safeguarding") String responsibleOfficer,
        @Schema(description = "Whether it is a key indicator (default false)") Boolean key,
        @Valid @Schema(description = "How far off target is still amber; none means every miss is red") ToleranceDto tolerance,
        @Valid @Schema(description = "How small a change counts as \"broadly the same\"; none means only no change")
        ToleranceDto sameBand,
        @Schema(description = "What the direction of travel compares with by default (default PREVIOUS_PERIOD)",
                examples = "PREVIOUS_PERIOD") DirectionBasis directionBasis,
        @Size(max = 320) @jakarta.validation.constraints.Email(message = "must be an e-mail address")
        @Schema(description = "The responsible officer's e-mail, for the collection round", examples = "jamie.pope@halton.gov.uk")
        String responsibleEmail) implements DefinitionRequest {

    /** A definition without the owner's e-mail. */
    public IndicatorRequest(String ref, String title, String description, Unit unit, Polarity polarity,
                            Frequency frequency, Measurement measurement, Integer decimalPlaces, String directorate,
                            String service, String planPriority, String corporatePriority, String responsibleOfficer,
                            Boolean key, ToleranceDto tolerance, ToleranceDto sameBand, DirectionBasis directionBasis) {
        this(ref, title, description, unit, polarity, frequency, measurement, decimalPlaces, directorate, service,
                planPriority, corporatePriority, responsibleOfficer, key, tolerance, sameBand, directionBasis, null);
    }
}
