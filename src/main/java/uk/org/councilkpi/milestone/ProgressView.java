package uk.org.councilkpi.milestone;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.Progress;
import uk.org.councilkpi.status.ProgressDirection;
import uk.org.councilkpi.status.ProgressRating;

/** A milestone's progress in a quarter as readers see it: the officer's rating, and what the service computes. */
@Schema(name = "ProgressView", description = "A milestone's progress in a quarter: the officer's rating (none when not"
        + " entered, or not published for the caller) with its meaning and commentary, and what the service computes:"
        + " overdue, and the direction against the previous quarter's rating")
public record ProgressView(
        @Schema(examples = "2024-25-Q1") String period,
        @Schema(nullable = true, examples = "ON_COURSE") ProgressRating rating,
        @Schema(nullable = true, description = "What the rating means, as the councils' symbol keys say",
                examples = "On course: the milestone is on course to be achieved within the appropriate timeframe") String meaning,
        @Schema(nullable = true) String commentary,
        @Schema(nullable = true) String enteredBy,
        @Schema(nullable = true) Instant enteredAt,
        @Schema(description = "Past its due date (or due period's end) by the end of this quarter and not complete")
        boolean overdue,
        DirectionView direction) {

    @Schema(name = "ProgressDirectionView", description = "How the rating moved since the previous quarter's: by the order"
            + " OFF_COURSE < UNCERTAIN < ON_COURSE < COMPLETE; NOT_COMPARABLE without both ratings, or when either is"
            + " NOT_DUE, NOT_PROVIDED or NOT_KNOWN")
    public record DirectionView(
            @Schema(examples = "IMPROVED") ProgressDirection direction,
            @Schema(examples = "2023-24-Q4") String previousPeriod,
            @Schema(nullable = true, examples = "UNCERTAIN") ProgressRating previousRating,
            @Schema(examples = "on course now, uncertain the previous quarter: improved") String explanation) {

        static DirectionView of(String previousPeriod, Progress.Direction d) {
            return new DirectionView(d.direction(), previousPeriod, d.previous(), d.explanation());
        }
    }
}
