package uk.org.councilkpi.report;

import java.time.LocalDate;
import java.util.OptionalInt;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.status.Performance;

/**
 * What the service computes of a milestone, from dates and earlier quarters only (the rating itself is the
 * officer's):
 * <ul>
 *   <li><b>overdue</b>: its due date (or the last day of its due period) is before the end of the quarter reported
 *       on, and its rating for that quarter is not COMPLETE; no due date, or no rating: not overdue;</li>
 *   <li><b>direction</b>: the quarter's rating against the previous quarter's on the scale OFF_COURSE &lt; UNCERTAIN
 *       &lt; ON_COURSE &lt; COMPLETE: higher is BETTER, equal SAME, lower WORSE; either rating missing, NOT_DUE,
 *       NOT_PROVIDED or NOT_KNOWN: NOT_COMPARABLE.</li>
 * </ul>
 */
public final class MilestoneRules {

    private MilestoneRules() {
    }

    /** The date a milestone is due: its due date, else the last day of its due period, else none (null). */
    public static LocalDate dueBy(LocalDate dueDate, String duePeriod) {
        if (dueDate != null) {
            return dueDate;
        }
        return duePeriod == null ? null : Period.parse(duePeriod).endDate();
    }

    public static boolean overdue(LocalDate dueBy, ProgressRating rating, Period period) {
        return dueBy != null && rating != null && rating != ProgressRating.COMPLETE
                && dueBy.isBefore(period.endDate());
    }

    public static Performance direction(ProgressRating now, ProgressRating before) {
        if (now == null || before == null) {
            return Performance.NOT_COMPARABLE;
        }
        OptionalInt a = now.rank();
        OptionalInt b = before.rank();
        if (a.isEmpty() || b.isEmpty()) {
            return Performance.NOT_COMPARABLE;
        }
        return a.getAsInt() > b.getAsInt() ? Performance.BETTER
                : a.getAsInt() == b.getAsInt() ? Performance.SAME : Performance.WORSE;
    }
}
