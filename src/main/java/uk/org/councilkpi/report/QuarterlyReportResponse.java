package uk.org.councilkpi.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.milestone.MilestoneKind;
import uk.org.councilkpi.milestone.PeriodMilestonesResponse;
import uk.org.councilkpi.milestone.ProgressView;
import uk.org.councilkpi.readcache.LastUpdated;
import uk.org.councilkpi.scorecard.ScorecardResponse;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.StatusSummary;

@Schema(name = "QuarterlyReport", description = "What a committee reads for a quarter, grouped plan > priority > objective:"
        + " milestones with the officers' progress ratings and commentary, indicators with figure, target, RAG and direction"
        + " of travel, and the summary counts the councils print")
public record QuarterlyReportResponse(
        @Schema(examples = "2024-25-Q1") String period,
        @Schema(description = "Whether the period is published; viewers and partners see published figures and"
                + " progress only (a draft shows none, and nothing is counted from it)") boolean published,
        @Schema(nullable = true, description = "When anything shown last changed; also the Last-Modified header")
        Instant lastUpdated,
        @Schema(nullable = true, description = "The direction-of-travel basis asked for; absent when each indicator's own"
                + " default was used") DirectionBasis basis,
        @Schema(nullable = true, description = "The instant the report was read as at; absent for the current data",
                examples = "2024-11-11T09:00:00Z") Instant asAt,
        Summary summary,
        @Schema(description = "The plans in force in the period (from_period..to_period), in ref order") List<PlanSection> plans,
        @Schema(description = "What belongs to no objective of any plan: the directorate's other indicators, and"
                + " milestones of no objective due in the period's year or with a return for the period (none when a"
                + " plan is asked for)") Items notInAPlan) implements LastUpdated {

    @Schema(name = "QuarterlyReportSummary", description = "The counts a council prints beside its tables; each milestone"
            + " and indicator is counted once, wherever it appears")
    public record Summary(
            @Schema(description = "Milestones (kind MILESTONE) by progress, overdue and direction")
            PeriodMilestonesResponse.Summary milestones,
            @Schema(description = "Risk control measures, the same way") PeriodMilestonesResponse.Summary riskControlMeasures,
            @Schema(description = "Actions, the same way") PeriodMilestonesResponse.Summary actions,
            @Schema(description = "Key indicators by computed RAG") StatusSummary.RagCounts keyIndicators,
            @Schema(description = "Key indicators with officers' ratings in place of the computed ones where there are any")
            StatusSummary.RagCounts keyIndicatorsWithOverrides,
            @Schema(description = "Other indicators by computed RAG") StatusSummary.RagCounts otherIndicators,
            @Schema(description = "Other indicators with officers' ratings in place of the computed ones")
            StatusSummary.RagCounts otherIndicatorsWithOverrides,
            @Schema(description = "Every indicator's direction of travel by performance") StatusSummary.DirectionCounts indicatorDirection) {
    }

    @Schema(name = "ReportPlan", description = "A plan with its priorities and objectives")
    public record PlanSection(
            @Schema(examples = "CYP 2024-27") String ref,
            @Schema(examples = "Children and Young People Plan 2024-27") String title,
            @Schema(nullable = true) String directorate,
            @Schema(nullable = true, examples = "2024-25") String fromPeriod,
            @Schema(nullable = true, examples = "2026-27") String toPeriod,
            List<ObjectiveSection> objectives) {
    }

    @Schema(name = "ReportObjective", description = "A priority or objective of a plan, its milestones and indicators,"
            + " and the objectives under it")
    public record ObjectiveSection(
            @Schema(examples = "CYP P1") String ref,
            @Schema(examples = "PRIORITY", enumeration = {"PRIORITY", "OBJECTIVE"}) String level,
            String title,
            List<MilestoneRow> milestones,
            @Schema(description = "The indicators serving it, as on the scorecard") List<ScorecardResponse.Row> indicators,
            List<ObjectiveSection> objectives) {
    }

    @Schema(name = "ReportItems", description = "Milestones and indicators outside the plans shown")
    public record Items(List<MilestoneRow> milestones, List<ScorecardResponse.Row> indicators) {
    }

    @Schema(name = "ReportMilestone", description = "A milestone (or risk control measure, or action) with its progress"
            + " in the period and what the service computes of it")
    public record MilestoneRow(
            @Schema(examples = "P1.3") String ref,
            String title,
            MilestoneKind kind,
            @Schema(nullable = true) String service,
            @Schema(nullable = true, examples = "Jamie Pope") String responsibleOfficer,
            @Schema(nullable = true) LocalDate dueDate,
            @Schema(nullable = true, examples = "2024-25") String duePeriod,
            @Schema(description = "The period's return (rating absent when none was entered or, for viewers and partners,"
                    + " when the period is not published), overdue and the direction against the previous quarter")
            ProgressView progress) {
    }
}
