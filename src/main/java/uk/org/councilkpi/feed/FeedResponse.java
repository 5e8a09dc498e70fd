package uk.org.councilkpi.feed;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.scorecard.FigureView;
import uk.org.councilkpi.status.ProgressRating;

@Schema(name = "Feed", description = "Published figures changed since a cursor: send the answer's cursor as 'since' next time")
public record FeedResponse(
        @Schema(description = "Where the next request starts: pass it as 'since'", examples = "v1.7421.7433.1000") String cursor,
        @Schema(description = "More changes are waiting: ask again at once with the cursor") boolean more,
        List<Item> items) {

    /** What happened to a figure, or to a whole period. */
    @Schema(name = "FeedChange")
    public enum Change {
        /** The figure as published now: new, corrected, or its period newly published. */
        PUBLISHED,
        /** The figure of a published period was deleted. */
        REMOVED,
        /** The whole period is no longer published (withdrawn, or reopened after sign-off): drop its figures. */
        WITHDRAWN
    }

    @Schema(name = "FeedItem", description = "One indicator's figure for a period as published now (ref), one milestone's"
            + " progress in a quarter (milestone), or a withdrawn period (neither)")
    public record Item(
            @Schema(nullable = true, description = "The indicator; absent for a milestone's progress and for a whole"
                    + " period's withdrawal", examples = "1.5") String ref,
            @Schema(examples = "2017-18-Q2") String period,
            Change change,
            @Schema(nullable = true, description = "The figure as published (a SUPPRESSED figure without its number); absent unless PUBLISHED")
            FigureView figure,
            @Schema(nullable = true, description = "When the figure (or progress) was entered or last corrected") Instant enteredAt,
            @Schema(nullable = true, description = "The milestone, for an item about its progress", examples = "P1.1")
            String milestone,
            @Schema(nullable = true, description = "The milestone's progress as published; absent unless PUBLISHED")
            Progress progress) {

        /** An item about an indicator's figure, or a whole period. */
        public Item(String ref, String period, Change change, FigureView figure, Instant enteredAt) {
            this(ref, period, change, figure, enteredAt, null, null);
        }
    }

    @Schema(name = "FeedProgress", description = "A milestone's progress in a quarter as published")
    public record Progress(
            @Schema(examples = "ON_COURSE") ProgressRating rating,
            @Schema(examples = "On course: the milestone is on course to be achieved within the appropriate timeframe") String meaning,
            @Schema(nullable = true) String commentary) {
    }
}
