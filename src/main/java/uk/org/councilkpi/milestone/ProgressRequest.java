package uk.org.councilkpi.milestone;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.ProgressRating;

/** A milestone's progress in a quarter. */
@Schema(name = "ProgressRequest", description = "The officer's rating of a milestone's progress in a quarter, with commentary")
public record ProgressRequest(
        @NotNull(message = "is required: ON_COURSE, UNCERTAIN, OFF_COURSE, COMPLETE, NOT_DUE, NOT_PROVIDED or NOT_KNOWN")
        @Schema(required = true, examples = "ON_COURSE") ProgressRating rating,
        @Size(max = 10000) @Schema(description = "The commentary for scrutiny",
                examples = "Strategy drafted; consultation with schools in September") String commentary,
        @Size(max = 100) @Schema(description = "Who entered it when not the caller: recorded beside the authenticated caller",
                examples = "performance.team") String enteredBy) {
}
