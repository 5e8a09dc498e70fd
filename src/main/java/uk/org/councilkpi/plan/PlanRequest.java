package uk.org.councilkpi.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.definition.DefinitionRequest;

/** A plan's definition, to create it or to replace it whole. */
@Schema(name = "PlanRequest", description = "A council plan: its ref, title, and optionally its directorate and the periods it covers")
public record PlanRequest(
        @NotBlank @Ref
        @Schema(description = "The council's own code, unique; it names the plan in URLs and cannot change", examples = "CYP 2024-27")
        String ref,
        @NotBlank @Size(max = 500) @Schema(examples = "Children and Young People Plan 2024-27") String title,
        @Size(max = 200) @Schema(examples = "Halton Children and Families") String directorate,
        @Size(max = 10) @Schema(description = "The first period it covers (a year or a quarter)", examples = "2024-25") String fromPeriod,
        @Size(max = 10) @Schema(description = "The last period it covers", examples = "2026-27") String toPeriod) implements DefinitionRequest {
}
