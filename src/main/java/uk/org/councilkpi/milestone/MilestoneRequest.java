package uk.org.councilkpi.milestone;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.definition.DefinitionRequest;

/** A milestone's definition, to create it or to replace it whole. */
@Schema(name = "MilestoneRequest", description = "A milestone, risk control measure or action: what is to be done, by whom"
        + " and by when; optional fields take the defaults shown")
public record MilestoneRequest(
        @NotBlank @Ref
        @Schema(description = "The council's own code, unique; it cannot change", examples = "P1.1") String ref,
        @NotBlank @Size(max = 2000) @Schema(description = "What is to be done, as printed",
                examples = "Develop the SEND sufficiency strategy") String title,
        @Schema(description = "Default MILESTONE") MilestoneKind kind,
        @Ref
        @Schema(description = "The ref of the priority or objective it belongs to", examples = "CYP P1") String objective,
        @Size(max = 200) @Schema(examples = "Children and Families") String directorate,
        @Size(max = 200) @Schema(examples = "Education") String service,
        @Size(max = 200) @Schema(description = "Who reports its progress", examples = "Jamie Pope") String responsibleOfficer,
        @Size(max = 320) @Email(message = "must be an e-mail address")
        @Schema(examples = "jamie.pope@halton.gov.uk") String responsibleEmail,
        @Schema(description = "The day it is due by; not with duePeriod", examples = "2025-03-31") LocalDate dueDate,
        @Size(max = 10) @Schema(description = "The period it is due by (its last day counts); not with dueDate",
                examples = "2024-25-Q4") String duePeriod,
        @Min(0) @Max(100000) @Schema(description = "Its place among its objective's milestones (default 0)", examples = "1")
        Integer position,
        @Size(max = 1000) @Schema(description = "The refs of the indicators it is linked to", examples = "[\"CED001\"]")
        List<@NotBlank @Ref String> indicators) implements DefinitionRequest {
}
