package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.councilkpi.period.Period;

/** Which earlier period a figure's direction of travel is measured against, on each of the three bases. */
class DirectionBasisTest {

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({
            // Cheshire East's "quarterly direction of travel"
            "PREVIOUS_PERIOD,       2017-18-Q2, 2017-18-Q1",
            "PREVIOUS_PERIOD,       2017-18-Q1, 2016-17-Q4",
            "PREVIOUS_PERIOD,       2017-18,    2016-17",
            // Halton's stated convention
            "SAME_PERIOD_LAST_YEAR, 2015-16-Q2, 2014-15-Q2",
            "SAME_PERIOD_LAST_YEAR, 2015-16-Q1, 2014-15-Q1",
            "SAME_PERIOD_LAST_YEAR, 2015-16,    2014-15",
            // what Halton's tables print beside the figure: "14/15 Actual"
            "LAST_YEAR_OUTTURN,     2015-16-Q1, 2014-15",
            "LAST_YEAR_OUTTURN,     2015-16-Q2, 2014-15",
            "LAST_YEAR_OUTTURN,     2015-16-Q4, 2014-15",
            "LAST_YEAR_OUTTURN,     2015-16,    2014-15",
            "LAST_YEAR_OUTTURN,     2000-01-Q3, 1999-00",
    })
    void shouldFindThePeriodToCompareWith(DirectionBasis basis, String period, String earlier) {
        assertEquals(Period.parse(earlier), basis.earlierThan(Period.parse(period)));
    }
}
