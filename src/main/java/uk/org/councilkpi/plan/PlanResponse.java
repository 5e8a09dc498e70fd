package uk.org.councilkpi.plan;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "A council plan with its priorities and objectives, in the order a report prints them")
public record PlanResponse(
        @Schema(examples = "CYP 2024-27") String ref,
        @Schema(examples = "Children and Young People Plan 2024-27") String title,
        @Schema(nullable = true) String directorate,
        @Schema(nullable = true, examples = "2024-25") String fromPeriod,
        @Schema(nullable = true, examples = "2026-27") String toPeriod,
        @Schema(description = "Its priorities and objectives, depth first: each top-level one by position, followed by"
                + " those under it by position") List<ObjectiveResponse> objectives,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {
}
