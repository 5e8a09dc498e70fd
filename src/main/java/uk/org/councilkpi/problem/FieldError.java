package uk.org.councilkpi.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected field of a request and why. */
@Schema(description = "A field of the request that was rejected, and why")
public record FieldError(
        @Schema(description = "The field, as a JSON path into the body or the name of a path or query parameter",
                examples = "polarity") String field,
        @Schema(description = "Why it was rejected", examples = "must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE")
        String message) {
}
