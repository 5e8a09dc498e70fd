package uk.org.councilkpi.changes;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to an indicator's definition, targets, figures, overrides or comparators, or to a milestone or its progress. */
@Schema(name = "Change", description = "One change: who, when, in which batch, the version before and the version after")
public record Change(
        @Schema(examples = "2017-11-20T10:15:30Z") Instant at,
        @Schema(description = "Who made it: the authenticated caller, with the officer the write named",
                examples = "performance.team") String by,
        @Schema(nullable = true, description = "The import batch it came in, if any") Long batchId,
        @Schema(nullable = true, description = "Why it was made, as the write said (its changeReason parameter); null"
                + " when nobody said", examples = "Figure revised after the data audit") String reason,
        @Schema(examples = "VALUE") Kind kind,
        @Schema(nullable = true, description = "The period it concerns; absent for the definition", examples = "2017-18-Q2") String period,
        @Schema(examples = "UPDATED") Action action,
        @Schema(nullable = true, description = "The version before (absent when created)") Map<String, Object> before,
        @Schema(nullable = true, description = "The version after (absent when deleted)") Map<String, Object> after) {

    @Schema(name = "ChangeKind")
    public enum Kind {
        DEFINITION,
        TARGET,
        VALUE,
        OVERRIDE,
        COMPARATOR,
        /** A milestone's definition. */
        MILESTONE,
        /** A milestone's progress in a quarter. */
        PROGRESS
    }

    @Schema(name = "ChangeAction")
    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
