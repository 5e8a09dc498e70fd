package uk.org.councilkpi.milestone;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.readcache.LastUpdated;
import uk.org.councilkpi.status.ProgressDirection;
import uk.org.councilkpi.status.ProgressRating;

@Schema(name = "PeriodMilestones", description = "Every matching milestone with its progress for a quarter, and the"
        + " counts a report prints")
public record PeriodMilestonesResponse(
        @Schema(examples = "2024-25-Q1") String period,
        @Schema(description = "Whether the quarter is published (as at asAt, if given)") boolean published,
        @Schema(nullable = true) Instant asAt,
        @Schema(nullable = true, description = "When what it shows last changed") Instant lastUpdated,
        Summary summary,
        List<Row> milestones) implements LastUpdated {

    @Schema(name = "PeriodMilestone", description = "A milestone and its progress in the quarter")
    public record Row(MilestoneResponse milestone, ProgressView progress) {
    }

    @Schema(name = "ProgressSummary", description = "Milestones by rating (noRating: none entered, or not shown to the"
            + " caller), overdue, and by direction against the previous quarter")
    public record Summary(int onCourse, int uncertain, int offCourse, int complete, int notDue, int notProvided,
                          int notKnown, int noRating, int overdue, int improved, int same, int worse,
                          int notComparable, int total) {

        /** The counts of these views. */
        public static Summary of(List<ProgressView> views) {
            int[] rating = new int[ProgressRating.values().length];
            int[] direction = new int[ProgressDirection.values().length];
            int none = 0;
            int overdue = 0;
            for (ProgressView v : views) {
                if (v.rating() == null) {
                    none++;
                } else {
                    rating[v.rating().ordinal()]++;
                }
                overdue += v.overdue() ? 1 : 0;
                direction[v.direction().direction().ordinal()]++;
            }
            return new Summary(rating[ProgressRating.ON_COURSE.ordinal()], rating[ProgressRating.UNCERTAIN.ordinal()],
                    rating[ProgressRating.OFF_COURSE.ordinal()], rating[ProgressRating.COMPLETE.ordinal()],
                    rating[ProgressRating.NOT_DUE.ordinal()], rating[ProgressRating.NOT_PROVIDED.ordinal()],
                    rating[ProgressRating.NOT_KNOWN.ordinal()], none, overdue,
                    direction[ProgressDirection.IMPROVED.ordinal()], direction[ProgressDirection.SAME.ordinal()],
                    direction[ProgressDirection.WORSE.ordinal()], direction[ProgressDirection.NOT_COMPARABLE.ordinal()],
                    views.size());
        }
    }
}
