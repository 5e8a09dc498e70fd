package uk.org.councilkpi.scorecard;

import uk.org.councilkpi.readcache.LastUpdated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.StatusSummary;
import uk.org.councilkpi.status.Unit;

@Schema(name = "Scorecard", description = "Every matching indicator for a period, with RAG and direction of travel computed on read, and the counts a report prints")
public record ScorecardResponse(
        @Schema(examples = "2017-18-Q2") String period,
        @Schema(description = "Whether the period's figures are published (signed off, or published explicitly);"
                + " viewers and partners see published periods' figures only, editors see drafts too") boolean published,
        @Schema(nullable = true, description = "When anything shown last changed (figures, targets, ratings, comparators,"
                + " definitions); also the Last-Modified header. Null when no indicator matches") Instant lastUpdated,
        @Schema(nullable = true, description = "The direction-of-travel basis asked for; absent when each indicator's own default was used")
        DirectionBasis basis,
        @Schema(nullable = true, description = "The instant the scorecard was read as at; absent for the current figures",
                examples = "2017-11-27T09:00:00Z") Instant asAt,
        Summary summary,
        List<Row> indicators) implements LastUpdated {

    @Schema(name = "ScorecardSummary", description = "Counts by RAG and by direction of travel, as the reports print them")
    public record Summary(
            @Schema(description = "Computed ratings") StatusSummary.RagCounts rag,
            @Schema(description = "Ratings with officers' overrides in place of the computed ones where there are any")
            StatusSummary.RagCounts ragWithOverrides,
            @Schema(description = "Direction of travel by performance") StatusSummary.DirectionCounts direction) {
    }

    @Schema(name = "ScorecardRow", description = "One indicator on a scorecard")
    public record Row(
            @Schema(examples = "1.5") String ref,
            @Schema(examples = "% repeat referrals") String title,
            Unit unit,
            Polarity polarity,
            int decimalPlaces,
            @Schema(nullable = true) String directorate,
            @Schema(nullable = true) String service,
            @Schema(nullable = true) String planPriority,
            @Schema(nullable = true) String corporatePriority,
            boolean key,
            @Schema(description = "The previous financial year's outturn") FigureView lastYearOutturn,
            @Schema(description = "The last four quarters, oldest first (for a year: its four quarters)") List<FigureView> quarters,
            @Schema(description = "The figure for the scorecard's period") FigureView current,
            @Schema(nullable = true, description = "The current figure's commentary") String commentary,
            @Schema(nullable = true) StatusView.TargetView target,
            @Schema(nullable = true) StatusView.RagView rag,
            @Schema(nullable = true) StatusView.OverrideView override,
            @Schema(nullable = true) StatusView.DirectionView direction,
            @Schema(nullable = true) Comparators comparators) {
    }

    @Schema(name = "ScorecardComparators", description = "Statistical-neighbour and national averages")
    public record Comparators(
            @Schema(examples = "2017-18-Q2") String period,
            @Schema(nullable = true, examples = "22.1") BigDecimal statNeighbourAverage,
            @Schema(nullable = true) String statNeighbourNote,
            @Schema(nullable = true, examples = "21.9") BigDecimal nationalAverage,
            @Schema(nullable = true) String nationalNote) {
    }
}
