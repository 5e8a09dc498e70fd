package uk.org.councilkpi.changes;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to an indicator's definition, targets, figures, overrides or comparators. */
@Schema(name = "Change", description = "One change: who, when, in which batch, the version before and the version after")
public record Change(
        @Schema(examples = "2017-11-20T10:15:30Z") Instant at,
        @Schema(description = "Who made it, when known", examples = "performance.team") String by,
        @Schema(description = "The import batch it came in, if any") Long batchId,
        @Schema(description = "Why it was made, as the write said (its reason parameter); null when nobody said",
                examples = "Figure revised after the data audit") String reason,
        @Schema(examples = "VALUE") Kind kind,
        @Schema(description = "The period it concerns; absent for the definition", examples = "2017-18-Q2") String period,
        @Schema(examples = "UPDATED") Action action,
        @Schema(description = "The version before (absent when created)") Map<String, Object> before,
        @Schema(description = "The version after (absent when deleted)") Map<String, Object> after) {

    public enum Kind {
        DEFINITION,
        TARGET,
        VALUE,
        OVERRIDE,
        COMPARATOR
    }

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
