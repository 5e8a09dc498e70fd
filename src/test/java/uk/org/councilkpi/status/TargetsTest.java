package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.period.Period;

/** Which periods' targets apply to a figure, the first found winning. */
class TargetsTest {

    @Test
    void shouldJudgeAQuarterByItsOwnTargetThenItsYears() {
        // Cheshire East sets a target per year and reports it against every quarter
        assertEquals(List.of(Period.parse("2017-18-Q2"), Period.parse("2017-18")),
                Targets.applicablePeriods(Period.parse("2017-18-Q2")));
    }

    @Test
    void shouldJudgeAQuarterFourByItsOwnTargetThenItsYearsNotTheNextYears() {
        assertEquals(List.of(Period.parse("2017-18-Q4"), Period.parse("2017-18")),
                Targets.applicablePeriods(Period.parse("2017-18-Q4")));
    }

    @Test
    void shouldJudgeAYearsOutturnByTheYearsTargetOnly() {
        assertEquals(List.of(Period.parse("2016-17")), Targets.applicablePeriods(Period.parse("2016-17")));
    }

    @Test
    void shouldLetAQuartersOwnTargetRateThatQuarterOnly() {
        assertEquals(List.of(Period.parse("2017-18-Q3")), Targets.ratedPeriods(Period.parse("2017-18-Q3")));
    }

    @Test
    void shouldLetAYearsTargetRateItsOutturnAndEveryQuarterFallingBackOnIt() {
        assertEquals(List.of(Period.parse("2017-18"), Period.parse("2017-18-Q1"), Period.parse("2017-18-Q2"),
                Period.parse("2017-18-Q3"), Period.parse("2017-18-Q4")), Targets.ratedPeriods(Period.parse("2017-18")));
        for (Period rated : Targets.ratedPeriods(Period.parse("2017-18"))) {
            assertEquals(true, Targets.applicablePeriods(rated).contains(Period.parse("2017-18")),
                    "the inverse of applicablePeriods: " + rated);
        }
    }
}
