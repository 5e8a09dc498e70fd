package uk.org.councilkpi.milestone;

import java.util.HashMap;
import java.util.Map;
import uk.org.councilkpi.period.Quarter;
import uk.org.councilkpi.status.Progress;
import uk.org.councilkpi.status.ProgressRating;

/**
 * A milestone's quarters as readers see them: hands the progress that may be shown to the rules in
 * {@link Progress}. Only what is given is used: a quarter hidden from the caller is neither shown nor compared with.
 */
final class ProgressViews {

    private ProgressViews() {
    }

    /** The view of one quarter, from the milestone's progress by period (what the caller may see of it). */
    static ProgressView of(Milestone milestone, Quarter quarter, Map<String, MilestoneProgress> byPeriod) {
        MilestoneProgress now = byPeriod.get(quarter.code());
        Quarter previousQuarter = quarter.previous();
        MilestoneProgress previous = byPeriod.get(previousQuarter.code());
        Map<String, ProgressRating> ratings = new HashMap<>();
        byPeriod.forEach((period, p) -> ratings.put(period, p.rating));
        boolean overdue = Progress.overdue(milestone.dueBy(), quarter.endDate(), Progress.completedBy(quarter, ratings));
        ProgressView.DirectionView direction = ProgressView.DirectionView.of(previousQuarter.code(),
                Progress.direction(now == null ? null : now.rating, previous == null ? null : previous.rating));
        if (now == null) {
            return new ProgressView(quarter.code(), null, null, null, null, null, overdue, direction);
        }
        return new ProgressView(quarter.code(), now.rating, now.rating.meaning(), now.commentary, now.enteredBy,
                now.enteredAt, overdue, direction);
    }
}
