package uk.org.councilkpi.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.common.Ref;
import uk.org.councilkpi.definition.DefinitionRequest;

/** A priority or objective, to create it or to replace it whole. */
@Schema(name = "ObjectiveRequest", description = "A priority or an objective of a plan, and the indicators that serve it")
public record ObjectiveRequest(
        @NotBlank @Ref
        @Schema(description = "The council's own code, unique across plans; it cannot change", examples = "CYP P1")
        String ref,
        @NotBlank @Ref
        @Schema(description = "The plan's ref", examples = "CYP 2024-27") String plan,
        @Ref
        @Schema(description = "For an objective, the priority it sits under (of the same plan); none for a priority",
                examples = "CYP P1") String parent,
        @Schema(description = "PRIORITY or OBJECTIVE (default: OBJECTIVE under a parent, PRIORITY without one)")
        ObjectiveLevel level,
        @NotBlank @Size(max = 1000) @Schema(examples = "Improve outcomes for children in care") String title,
        @Min(0) @Max(100000) @Schema(description = "Its place among its siblings, as the report prints them (default 0)",
                examples = "1") Integer position,
        @Size(max = 1000) @Schema(description = "The refs of the indicators that serve it (an indicator may serve"
                + " several objectives); none: no indicator", examples = "[\"CED001\"]")
        List<@NotBlank @Ref String> indicators) implements DefinitionRequest {
}
