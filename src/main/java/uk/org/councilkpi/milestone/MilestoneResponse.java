package uk.org.councilkpi.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone", description = "A milestone, risk control measure or action")
public record MilestoneResponse(
        @Schema(examples = "P1.1") String ref,
        @Schema(examples = "Develop the SEND sufficiency strategy") String title,
        MilestoneKind kind,
        @Schema(nullable = true, description = "The priority or objective it belongs to", examples = "CYP P1") String objective,
        @Schema(nullable = true, description = "That objective's plan", examples = "CYP 2024-27") String plan,
        @Schema(nullable = true) String directorate,
        @Schema(nullable = true) String service,
        @Schema(nullable = true, examples = "Jamie Pope") String responsibleOfficer,
        @Schema(nullable = true, examples = "jamie.pope@halton.gov.uk") String responsibleEmail,
        @Schema(nullable = true, examples = "2025-03-31") LocalDate dueDate,
        @Schema(nullable = true, examples = "2024-25-Q4") String duePeriod,
        @Schema(nullable = true, description = "The day it is due by: its due date, else its due period's last day",
                examples = "2025-03-31") LocalDate dueBy,
        @Schema(examples = "1") int position,
        @Schema(description = "The refs of the indicators it is linked to", examples = "[\"CED001\"]") List<String> indicators,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    public static MilestoneResponse of(Milestone m) {
        return new MilestoneResponse(m.ref, m.title, m.kind, m.objective == null ? null : m.objective.ref,
                m.objective == null ? null : m.objective.plan.ref, m.directorate, m.service, m.responsibleOfficer,
                m.responsibleEmail, m.dueDate, m.duePeriod, m.dueBy(), m.position,
                m.indicators.stream().map(i -> i.ref).sorted().toList(), m.createdAt, m.updatedAt, m.updatedBy);
    }
}
