package uk.org.councilkpi.scorecard;

import uk.org.councilkpi.readcache.LastUpdated;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Unit;

@Schema(name = "History", description = "Every recorded figure of an indicator, oldest first, each with its RAG and direction of travel")
public record HistoryResponse(
        @Schema(examples = "1.5") String ref,
        @Schema(examples = "% repeat referrals") String title,
        Unit unit,
        Polarity polarity,
        @Schema(description = "When anything shown last changed; also the Last-Modified header") Instant lastUpdated,
        @Schema(nullable = true, description = "The direction-of-travel basis asked for; absent when the indicator's own default was used")
        DirectionBasis basis,
        @Schema(nullable = true, description = "The instant the history was read as at; absent for the current figures") Instant asAt,
        List<Entry> entries) implements LastUpdated {

    @Schema(name = "HistoryEntry", description = "One period's figure with its computed status")
    public record Entry(
            @Schema(examples = "2017-18-Q2") String period,
            FigureView figure,
            @Schema(nullable = true) String commentary,
            @Schema(nullable = true) StatusView.TargetView target,
            @Schema(nullable = true) StatusView.RagView rag,
            @Schema(nullable = true) StatusView.OverrideView override,
            @Schema(nullable = true) StatusView.DirectionView direction) {
    }
}
