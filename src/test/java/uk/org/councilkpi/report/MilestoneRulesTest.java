package uk.org.councilkpi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.status.Performance;

class MilestoneRulesTest {

    private static final Period Q3_2009 = Period.parse("2009-10-Q3");

    @Test
    void shouldBeOverdueWhenDueBeforeTheQuarterEndsAndNotComplete() {
        // SS 1.1 "Appoint a designated officer ... by September 2009", reported on course at Q3 2009/10
        assertTrue(MilestoneRules.overdue(LocalDate.of(2009, 9, 30), ProgressRating.ON_COURSE, Q3_2009));
        assertFalse(MilestoneRules.overdue(LocalDate.of(2009, 9, 30), ProgressRating.COMPLETE, Q3_2009));
        assertFalse(MilestoneRules.overdue(LocalDate.of(2010, 3, 31), ProgressRating.OFF_COURSE, Q3_2009));
        assertFalse(MilestoneRules.overdue(LocalDate.of(2009, 12, 31), ProgressRating.OFF_COURSE, Q3_2009),
                "due on the quarter's last day: not yet overdue");
        assertFalse(MilestoneRules.overdue(null, ProgressRating.OFF_COURSE, Q3_2009), "no due date");
        assertFalse(MilestoneRules.overdue(LocalDate.of(2009, 9, 30), null, Q3_2009), "no return");
    }

    @Test
    void shouldTakeTheDuePeriodsLastDayWhenThereIsNoDueDate() {
        assertEquals(LocalDate.of(2010, 3, 31), MilestoneRules.dueBy(null, "2009-10"));
        assertEquals(LocalDate.of(2009, 12, 31), MilestoneRules.dueBy(null, "2009-10-Q3"));
        assertEquals(LocalDate.of(2009, 6, 1), MilestoneRules.dueBy(LocalDate.of(2009, 6, 1), "2009-10"));
        assertNull(MilestoneRules.dueBy(null, null));
    }

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource(nullValues = "NULL", value = {
            "ON_COURSE,UNCERTAIN,BETTER", "COMPLETE,ON_COURSE,BETTER", "ON_COURSE,OFF_COURSE,BETTER",
            "ON_COURSE,ON_COURSE,SAME", "UNCERTAIN,UNCERTAIN,SAME",
            "UNCERTAIN,ON_COURSE,WORSE", "OFF_COURSE,UNCERTAIN,WORSE",
            "ON_COURSE,NOT_KNOWN,NOT_COMPARABLE", "NOT_PROVIDED,ON_COURSE,NOT_COMPARABLE",
            "NOT_DUE,ON_COURSE,NOT_COMPARABLE", "ON_COURSE,NULL,NOT_COMPARABLE", "NULL,ON_COURSE,NOT_COMPARABLE"})
    void shouldCompareWithThePreviousQuartersRating(ProgressRating now, ProgressRating before, Performance expected) {
        assertEquals(expected, MilestoneRules.direction(now, before));
    }
}
