package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.org.councilkpi.period.Period;

class ProgressTest {

    @Nested
    class Direction {

        @ParameterizedTest
        @CsvSource({
                "ON_COURSE, UNCERTAIN, IMPROVED",
                "UNCERTAIN, OFF_COURSE, IMPROVED",
                "COMPLETE, ON_COURSE, IMPROVED",
                "ON_COURSE, ON_COURSE, SAME",
                "OFF_COURSE, OFF_COURSE, SAME",
                "OFF_COURSE, ON_COURSE, WORSE",
                "UNCERTAIN, COMPLETE, WORSE",
                "NOT_PROVIDED, ON_COURSE, NOT_COMPARABLE",
                "ON_COURSE, NOT_KNOWN, NOT_COMPARABLE",
                "NOT_DUE, NOT_DUE, NOT_COMPARABLE"})
        void shouldCompareWithThePreviousQuartersRating(ProgressRating now, ProgressRating previous, ProgressDirection expected) {
            Progress.Direction d = Progress.direction(now, previous);
            assertEquals(expected, d.direction());
            assertEquals(previous, d.previous());
        }

        @Test
        void shouldNotCompareWithoutAPreviousRating() {
            Progress.Direction d = Progress.direction(ProgressRating.ON_COURSE, null);
            assertEquals(ProgressDirection.NOT_COMPARABLE, d.direction());
            assertEquals("No rating for the previous quarter: not compared", d.explanation());
        }

        @Test
        void shouldExplainInWords() {
            assertEquals("on course now, uncertain the previous quarter: improved",
                    Progress.direction(ProgressRating.ON_COURSE, ProgressRating.UNCERTAIN).explanation());
            assertEquals("NOT_PROVIDED says nothing about progress: not compared (on course then, not provided now)",
                    Progress.direction(ProgressRating.NOT_PROVIDED, ProgressRating.ON_COURSE).explanation());
        }
    }

    @Nested
    class Overdue {

        private final LocalDate endOfQ3 = LocalDate.of(2009, 12, 31);

        @Test
        void shouldBeOverdueWhenPastItsDueDateAndNotComplete() {
            assertTrue(Progress.overdue(LocalDate.of(2009, 11, 30), endOfQ3, false));
        }

        @Test
        void shouldNotBeOverdueOnItsDueDate() {
            assertFalse(Progress.overdue(endOfQ3, endOfQ3, false));
        }

        @Test
        void shouldNotBeOverdueOnceComplete() {
            assertFalse(Progress.overdue(LocalDate.of(2009, 6, 30), endOfQ3, true));
        }

        @Test
        void shouldNeverBeOverdueWithoutADueDate() {
            assertFalse(Progress.overdue(null, endOfQ3, false));
        }

        @Test
        void shouldCountAMilestoneCompleteOnlyFromTheQuarterItWasRatedComplete() {
            Period q3 = Period.parse("2009-10-Q3");
            Map<String, ProgressRating> completedInQ2 = Map.of("2009-10-Q1", ProgressRating.ON_COURSE,
                    "2009-10-Q2", ProgressRating.COMPLETE);
            assertTrue(Progress.completedBy(q3, completedInQ2), "complete in an earlier quarter");
            assertTrue(Progress.completedBy(Period.parse("2009-10-Q2"), completedInQ2), "complete in the quarter read");
            assertFalse(Progress.completedBy(Period.parse("2009-10-Q1"), completedInQ2), "not yet complete then");
            assertFalse(Progress.completedBy(q3, Map.of("2009-10-Q3", ProgressRating.ON_COURSE)), "never complete");
        }
    }

    @ParameterizedTest
    @EnumSource(ProgressRating.class)
    void everyRatingSaysWhatItMeans(ProgressRating rating) {
        assertFalse(rating.meaning().isBlank());
    }

    @Test
    void onlyJudgementsOfProgressAreRanked() {
        assertTrue(ProgressRating.ON_COURSE.rank().isPresent());
        assertTrue(ProgressRating.NOT_PROVIDED.rank().isEmpty());
        assertTrue(ProgressRating.NOT_KNOWN.rank().isEmpty());
        assertTrue(ProgressRating.NOT_DUE.rank().isEmpty());
    }
}
