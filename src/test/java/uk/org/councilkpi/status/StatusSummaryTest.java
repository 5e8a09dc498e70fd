package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counts printed under a scorecard. */
class StatusSummaryTest {

    private static <T> List<T> repeat(List<T> into, T item, int times) {
        into.addAll(Collections.nCopies(times, item));
        return into;
    }

    @Test
    void shouldCountRatingsAsCheshireEastPrintsThem() {
        // "Red 6, Amber 7, Green 30, n/a 30, Total 73", in any order
        List<Rag> ratings = new ArrayList<>();
        repeat(ratings, Rag.GREEN, 30);
        repeat(ratings, Rag.NOT_RATED, 30);
        repeat(ratings, Rag.RED, 6);
        repeat(ratings, Rag.AMBER, 7);
        Collections.shuffle(ratings, new Random(73));

        assertEquals(new StatusSummary.RagCounts(6, 7, 30, 30, 73), StatusSummary.countRatings(ratings));
    }

    @Test
    void shouldCountDirectionsAsCheshireEastPrintsThem() {
        // "Direction of Travel: Red 7, Amber 13, Green 39, n/a 14, Total 73": worse, same, better, not comparable
        List<Performance> performances = new ArrayList<>();
        repeat(performances, Performance.WORSE, 7);
        repeat(performances, Performance.SAME, 13);
        repeat(performances, Performance.BETTER, 39);
        repeat(performances, Performance.NOT_COMPARABLE, 14);
        Collections.shuffle(performances, new Random(73));

        assertEquals(new StatusSummary.DirectionCounts(39, 13, 7, 14, 73),
                StatusSummary.countPerformance(performances));
    }

    @Test
    void shouldCountNothingAsZeros() {
        assertEquals(new StatusSummary.RagCounts(0, 0, 0, 0, 0), StatusSummary.countRatings(List.of()));
        assertEquals(new StatusSummary.DirectionCounts(0, 0, 0, 0, 0), StatusSummary.countPerformance(List.of()));
    }
}
