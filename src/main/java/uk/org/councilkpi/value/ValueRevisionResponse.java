package uk.org.councilkpi.value;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.ValueState;

@Schema(name = "ValueRevision", description = "An earlier version of a figure, kept when it was replaced or deleted")
public record ValueRevisionResponse(
        @Schema(examples = "1.5") String ref,
        @Schema(examples = "2017-18-Q2") String period,
        ValueState state,
        @Schema(nullable = true, examples = "21") BigDecimal number,
        boolean provisional,
        boolean estimated,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) String commentary,
        @Schema(description = "Who entered this version") String enteredBy,
        @Schema(description = "When this version was entered") Instant enteredAt,
        @Schema(nullable = true, description = "The import batch that wrote this version, if any") Long batchId,
        @Schema(description = "When it stopped being current") Instant endedAt,
        @Schema(description = "REPLACED by a later version, or DELETED", examples = "REPLACED") Ending ended,
        @Schema(description = "Who replaced or deleted it") String endedBy,
        @Schema(nullable = true, description = "The import batch that replaced it, if any") Long endedBatchId,
        @Schema(nullable = true, description = "Why this version was written, as its write said (changeReason)") String reason,
        @Schema(nullable = true, description = "Why it was replaced or deleted, as that write said (changeReason)",
                examples = "Figure revised after the data audit") String endedReason) {

    /** How a version stopped being current. */
    @Schema(name = "RevisionEnding")
    public enum Ending {
        REPLACED,
        DELETED
    }
}
