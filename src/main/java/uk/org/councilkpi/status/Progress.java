package uk.org.councilkpi.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.org.councilkpi.period.Period;

/**
 * What the service computes about a milestone's progress, beside the officer's rating (which it never computes).
 */
public final class Progress {

    private Progress() {
    }

    /** A direction of travel of progress, with the sentence a report can show. */
    public record Direction(ProgressDirection direction, ProgressRating previous, String explanation) {
    }

    /**
     * Whether a milestone is overdue as of the end of the period read ({@code asOf}):
     * <ul>
     *   <li>it has a due date ({@code dueBy}: its due date, or the last day of its due period), and</li>
     *   <li>that date is before {@code asOf} (due on the last day of the period is not yet overdue), and</li>
     *   <li>it is not complete: neither rated COMPLETE in the period read nor in an earlier one
     *       ({@code completed}).</li>
     * </ul>
     * No due date: never overdue. Whatever the rating otherwise says (NOT_DUE included): dates decide.
     */
    public static boolean overdue(LocalDate dueBy, LocalDate asOf, boolean completed) {
        return dueBy != null && !completed && dueBy.isBefore(asOf);
    }

    /**
     * Whether a milestone is complete as of the period read: rated COMPLETE in it or in an earlier period, among its
     * ratings by period code (those the reader may see).
     */
    public static boolean completedBy(Period read, Map<String, ProgressRating> ratings) {
        return ratings.entrySet().stream().anyMatch(r -> r.getValue() == ProgressRating.COMPLETE
                && Period.parse(r.getKey()).compareTo(read) <= 0);
    }

    /**
     * The direction of travel of progress, against the previous quarter's rating:
     * <ul>
     *   <li>no rating now or none in the previous quarter: NOT_COMPARABLE;</li>
     *   <li>either rating is not a judgement of progress (NOT_DUE, NOT_PROVIDED, NOT_KNOWN): NOT_COMPARABLE;</li>
     *   <li>otherwise by the order OFF_COURSE &lt; UNCERTAIN &lt; ON_COURSE &lt; COMPLETE: higher IMPROVED, equal
     *       SAME, lower WORSE.</li>
     * </ul>
     */
    public static Direction direction(ProgressRating now, ProgressRating previous) {
        if (now == null) {
            return new Direction(ProgressDirection.NOT_COMPARABLE, previous, "No rating this quarter: not compared");
        }
        if (previous == null) {
            return new Direction(ProgressDirection.NOT_COMPARABLE, null,
                    "No rating for the previous quarter: not compared");
        }
        Optional<Integer> a = now.rank();
        Optional<Integer> b = previous.rank();
        if (a.isEmpty() || b.isEmpty()) {
            ProgressRating which = a.isEmpty() ? now : previous;
            return new Direction(ProgressDirection.NOT_COMPARABLE, previous,
                    which + " says nothing about progress: not compared (" + label(previous) + " then, " + label(now)
                            + " now)");
        }
        int c = Integer.compare(a.get(), b.get());
        ProgressDirection d = c > 0 ? ProgressDirection.IMPROVED : c == 0 ? ProgressDirection.SAME : ProgressDirection.WORSE;
        String word = switch (d) {
            case IMPROVED -> "improved";
            case SAME -> "the same";
            default -> "worse";
        };
        return new Direction(d, previous, label(now) + " now, " + label(previous) + " the previous quarter: " + word);
    }

    private static String label(ProgressRating r) {
        return r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
