package uk.org.councilkpi.override;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.Rag;

@Schema(name = "OverrideRequest", description = "An officer's rating for one period, with the reason")
public record OverrideRequest(
        @NotNull @Schema(type = SchemaType.STRING, enumeration = {"RED", "AMBER", "GREEN"},
                description = "The officer's rating: RED, AMBER or GREEN (NOT_RATED is not a rating one can give)",
                examples = "AMBER") Rag rating,
        @NotBlank @Size(max = 2000) @Schema(description = "Why the officer's judgement differs",
                examples = "The annual target is still on course: the quarter's dip is seasonal") String reason,
        @Size(max = 100) @Schema(description = "Who set the rating when not the caller: recorded beside the authenticated caller, as \"sec editor for j.smith\"", examples = "performance.officer") String setBy) {
}
