package uk.org.councilkpi.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status"}, description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(description = "A stable URI naming the kind of problem", examples = "urn:councilkpi:problem:validation")
        String type,
        @Schema(description = "A fixed, short summary of the kind of problem", examples = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong in this request", examples = "1 field was rejected")
        String detail,
        @Schema(description = "The request path this problem answers", examples = "/api/v1/indicators")
        String instance,
        @Schema(description = "For validation problems: each rejected field with its reason")
        List<FieldError> errors,
        @Schema(description = "For a rejected import: each rejected row with the column, the value as sent, the"
                + " reason and a stable code, in row order; at most 1000 are listed")
        List<RowError> rowErrors,
        @Schema(description = "For a rejected import: how many errors were found in all, listed or not", examples = "3")
        Integer totalErrors) {

    /** A problem without rows: every kind but a rejected import. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, List.of(), null);
    }
}
