package uk.org.councilkpi.status;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts a scrutiny report prints under its scorecard: "Red 6, Amber 7, Green 30, n/a 30, Total 73",
 * and the same by direction of travel.
 */
public final class StatusSummary {

    private StatusSummary() {
    }

    public record RagCounts(int red, int amber, int green, int notRated, int total) {
    }

    public record DirectionCounts(int better, int same, int worse, int notComparable, int total) {
    }

    public static RagCounts countRatings(Collection<Rag> ratings) {
        Map<Rag, Integer> n = tally(ratings, Rag.class);
        return new RagCounts(n.get(Rag.RED), n.get(Rag.AMBER), n.get(Rag.GREEN), n.get(Rag.NOT_RATED), ratings.size());
    }

    public static DirectionCounts countPerformance(Collection<Performance> performances) {
        Map<Performance, Integer> n = tally(performances, Performance.class);
        return new DirectionCounts(n.get(Performance.BETTER), n.get(Performance.SAME), n.get(Performance.WORSE),
                n.get(Performance.NOT_COMPARABLE), performances.size());
    }

    /** How many of the values are each constant of the enum (0 for those not among them). */
    private static <E extends Enum<E>> Map<E, Integer> tally(Collection<E> values, Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0);
        }
        for (E value : values) {
            counts.merge(value, 1, Integer::sum);
        }
        return counts;
    }
}
