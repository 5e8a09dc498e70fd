package uk.org.councilkpi.status;

import java.util.Collection;

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
        int red = 0, amber = 0, green = 0, notRated = 0;
        for (Rag r : ratings) {
            switch (r) {
                case RED -> red++;
                case AMBER -> amber++;
                case GREEN -> green++;
                case NOT_RATED -> notRated++;
            }
        }
        return new RagCounts(red, amber, green, notRated, ratings.size());
    }

    public static DirectionCounts countPerformance(Collection<Performance> performances) {
        int better = 0, same = 0, worse = 0, notComparable = 0;
        for (Performance p : performances) {
            switch (p) {
                case BETTER -> better++;
                case SAME -> same++;
                case WORSE -> worse++;
                case NOT_COMPARABLE -> notComparable++;
            }
        }
        return new DirectionCounts(better, same, worse, notComparable, performances.size());
    }
}
