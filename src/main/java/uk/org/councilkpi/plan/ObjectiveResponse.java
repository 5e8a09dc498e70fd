package uk.org.councilkpi.plan;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Objective", description = "A priority or an objective of a plan, and the indicators that serve it")
public record ObjectiveResponse(
        @Schema(examples = "CYP P1") String ref,
        @Schema(examples = "CYP 2024-27") String plan,
        @Schema(nullable = true, description = "The priority it sits under") String parent,
        ObjectiveLevel level,
        @Schema(examples = "Improve outcomes for children in care") String title,
        @Schema(examples = "1") int position,
        @Schema(description = "The refs of the indicators that serve it", examples = "[\"CED001\"]") List<String> indicators,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    static ObjectiveResponse of(Objective o) {
        return new ObjectiveResponse(o.ref, o.plan.ref, o.parent == null ? null : o.parent.ref, o.level, o.title,
                o.position, o.indicators.stream().map(i -> i.ref).sorted().toList(), o.createdAt, o.updatedAt,
                o.updatedBy);
    }
}
