package uk.org.councilkpi.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Period codes, their neighbours, order and dates, as the reports use them: Cheshire East's scorecard
 * columns (Yr. end 16-17, Qu 4 16-17, Qu 1 17-18, Qu 2 17-18) and Halton's 14/15 actual beside 2015/16.
 */
class PeriodTest {

    @Nested
    class Parsing {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                // code,       start year, quarter (0 = the year's outturn)
                "2017-18,      2017, 0",   // Cheshire East "Yr. end 16-17" is 2016-17
                "2017-18-Q2,   2017, 2",   // the scorecard's own quarter
                "2016-17-Q4,   2016, 4",
                "2015-16-Q1,   2015, 1",   // Halton's Q1 2015/16 report
                "1999-00,      1999, 0",   // the century turns inside the year
                "1999-00-Q4,   1999, 4",
                "1990-91,      1990, 0",   // the earliest year accepted
                "2098-99-Q1,   2098, 1",   // the latest year accepted
        })
        void shouldParseAYearOrAQuarterAndWriteTheSameCodeBack(String code, int startYear, int quarter) {
            Period period = Period.parse(code);

            Period expected = quarter == 0 ? FinancialYear.of(startYear) : FinancialYear.of(startYear).quarter(quarter);
            assertEquals(expected, period);
            assertEquals(code, period.code());
            assertEquals(code, period.toString());
        }

        @Test
        void shouldParseAYearAsAFinancialYearAndAQuarterAsAQuarter() {
            assertInstanceOf(FinancialYear.class, Period.parse("2017-18"));
            Quarter q2 = assertInstanceOf(Quarter.class, Period.parse("2017-18-Q2"));
            assertEquals(2, q2.number());
            assertEquals(FinancialYear.of(2017), q2.financialYear());
        }

        @Test
        void shouldParseAQuarterWhereOnlyAQuarterWillDo() {
            assertEquals(FinancialYear.of(2024).quarter(1), Period.quarter(" 2024-25-Q1"));
            InvalidPeriodException year = assertThrows(InvalidPeriodException.class, () -> Period.quarter("2024-25"));
            assertEquals("'2024-25' is a financial year; a quarter is required, such as 2024-25-Q1", year.getMessage());
            InvalidPeriodException junk = assertThrows(InvalidPeriodException.class, () -> Period.quarter("2024-25-Q5"));
            assertEquals("'2024-25-Q5' has no quarter 5: quarters are Q1 to Q4", junk.getMessage());
        }

        @Test
        void shouldIgnoreSurroundingWhitespace() {
            assertEquals(FinancialYear.of(2017).quarter(2), Period.parse(" 2017-18-Q2\t"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "17-18",         // two-digit start year
                "2017/18",       // Halton writes 2015/16 in prose; the code is 2015-16
                "2017-2018",
                "2017-18-q2",    // lower-case q is not accepted: the code is written with Q
                "2017-18-Q12",
                "2017-18-H1",
                "2017-18 Q2",
                "Q2 2017-18",
                "2017-18-Q",
        })
        void shouldRejectWhatIsNotAPeriodCode(String code) {
            InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> Period.parse(code));

            assertEquals("'" + code + "' is not a period: " + Period.FORMAT, e.getMessage());
            assertEquals(code, e.input());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "2017-19    | '2017-19' is not a financial year: 2017 must be followed by 18",
                "2017-17    | '2017-17' is not a financial year: 2017 must be followed by 18",
                "1999-99    | '1999-99' is not a financial year: 1999 must be followed by 00",
                "2017-18-Q5 | '2017-18-Q5' has no quarter 5: quarters are Q1 to Q4",
                "2017-18-Q0 | '2017-18-Q0' has no quarter 0: quarters are Q1 to Q4",
                "1989-90    | '1989-90' is out of range: years 1990 to 2098 are accepted",
                "2099-00    | '2099-00' is out of range: years 1990 to 2098 are accepted",
        })
        void shouldRejectAWellFormedCodeThatIsNoPeriodWithTheReason(String code, String message) {
            InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> Period.parse(code));

            assertEquals(message, e.getMessage());
            assertEquals(code, e.input());
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "   "})
        void shouldRequireACode(String code) {
            InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> Period.parse(code));

            assertEquals("period is required: " + Period.FORMAT, e.getMessage());
        }

        @Test
        void shouldRequireACodeWhenNull() {
            InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> Period.parse(null));

            assertEquals("period is required: " + Period.FORMAT, e.getMessage());
        }

        @Test
        void shouldRejectAQuarterNumberOutsideOneToFourWhenBuilt() {
            FinancialYear year = FinancialYear.of(2017);

            assertThrows(InvalidPeriodException.class, () -> year.quarter(0));
            assertThrows(InvalidPeriodException.class, () -> year.quarter(5));
            assertThrows(InvalidPeriodException.class, () -> new Quarter(null, 1));
        }

        @Test
        void shouldRejectAFinancialYearOutsideTheAcceptedRangeWhenBuilt() {
            assertThrows(InvalidPeriodException.class, () -> FinancialYear.of(1988));
            assertThrows(InvalidPeriodException.class, () -> FinancialYear.of(2099));
            assertThrows(InvalidPeriodException.class, () -> Period.parse("1989-90"));
        }
    }

    @Nested
    class EarlierPeriods {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                // period,    previous,   same period last year
                "2017-18-Q2,  2017-18-Q1, 2016-17-Q2",  // Cheshire East: Qu 2 17-18 against Qu 1 17-18
                "2017-18-Q1,  2016-17-Q4, 2016-17-Q1",  // across the year boundary: Qu 1 17-18 against Qu 4 16-17
                "2017-18-Q4,  2017-18-Q3, 2016-17-Q4",
                "2017-18-Q3,  2017-18-Q2, 2016-17-Q3",
                "2015-16-Q1,  2014-15-Q4, 2014-15-Q1",  // Halton's convention: the same period last year
                "2000-01-Q1,  1999-00-Q4, 1999-00-Q1",  // across the century
                "2017-18,     2016-17,    2016-17",     // a year's outturn: the year before, both ways
                "2000-01,     1999-00,    1999-00",
        })
        void shouldFindThePreviousPeriodAndTheSamePeriodLastYear(String code, String previous, String sameLastYear) {
            Period period = Period.parse(code);

            assertEquals(Period.parse(previous), period.previous());
            assertEquals(Period.parse(sameLastYear), period.sameLastYear());
        }

        @Test
        void shouldGoOneYearBeforeTheEarliestYearToCompareWithIt() {
            assertEquals("1989-90", FinancialYear.of(1990).previous().code());
            assertEquals("1989-90-Q4", FinancialYear.of(1990).quarter(1).previous().code());
            assertThrows(InvalidPeriodException.class, () -> FinancialYear.of(1990).previous().previous());
        }

        @Test
        void shouldListTheLastQuartersOldestFirstAcrossTheYearBoundary() {
            Quarter q2 = FinancialYear.of(2017).quarter(2);

            List<Quarter> last = q2.lastQuarters(5);

            assertEquals(List.of(Period.parse("2016-17-Q2"), Period.parse("2016-17-Q3"), Period.parse("2016-17-Q4"),
                    Period.parse("2017-18-Q1"), Period.parse("2017-18-Q2")), last);
            assertEquals(List.of(q2), q2.lastQuarters(1));
        }

        @Test
        void shouldListAYearsFourQuartersInOrder() {
            assertEquals(List.of(Period.parse("2017-18-Q1"), Period.parse("2017-18-Q2"), Period.parse("2017-18-Q3"),
                    Period.parse("2017-18-Q4")), FinancialYear.of(2017).quarters());
        }

        @Test
        void shouldGiveAQuarterItsFinancialYearAndAYearItself() {
            assertEquals(FinancialYear.of(2016), Period.parse("2016-17-Q4").financialYear());
            assertEquals(FinancialYear.of(2016), Period.parse("2016-17").financialYear());
        }
    }

    @Nested
    class Ordering {

        @Test
        void shouldSortByYearWithTheQuartersBeforeTheYearsOutturn() {
            List<Period> expected = List.of(
                    Period.parse("2016-17-Q1"), Period.parse("2016-17-Q2"), Period.parse("2016-17-Q3"),
                    Period.parse("2016-17-Q4"), Period.parse("2016-17"),
                    Period.parse("2017-18-Q1"), Period.parse("2017-18-Q2"), Period.parse("2017-18"));
            List<Period> shuffled = new ArrayList<>(expected);
            Collections.reverse(shuffled);
            Collections.swap(shuffled, 0, 4);

            Collections.sort(shuffled);

            assertEquals(expected, shuffled);
        }

        @ParameterizedTest(name = "{0} < {1}")
        @CsvSource({
                "2016-17-Q4, 2016-17",     // Cheshire East's Qu 4 16-17 comes before Yr. end 16-17
                "2016-17,    2017-18-Q1",  // a year's outturn before the next year's first quarter
                "2017-18-Q1, 2017-18-Q2",
                "1999-00,    2000-01-Q1",
        })
        void shouldPutTheEarlierPeriodFirst(String earlier, String later) {
            Period a = Period.parse(earlier);
            Period b = Period.parse(later);

            assertTrue(a.compareTo(b) < 0, earlier + " should sort before " + later);
            assertTrue(b.compareTo(a) > 0, later + " should sort after " + earlier);
        }

        @Test
        void shouldCompareEqualPeriodsAsEqual() {
            assertEquals(0, Period.parse("2017-18-Q2").compareTo(FinancialYear.of(2017).quarter(2)));
            assertEquals(0, Period.parse("2017-18").compareTo(FinancialYear.of(2017)));
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "2017-18-Q1, 2017-04-01, 2017-06-30",
                "2017-18-Q2, 2017-07-01, 2017-09-30",  // Cheshire East: "quarter 2 of 2017-18 (1st July – 30th September 2017)"
                "2017-18-Q3, 2017-10-01, 2017-12-31",
                "2017-18-Q4, 2018-01-01, 2018-03-31",  // Q4 2017-18 is Jan-Mar 2018
                "2017-18,    2017-04-01, 2018-03-31",
                "2019-20-Q4, 2020-01-01, 2020-03-31",  // a leap year's February inside
                "1999-00-Q4, 2000-01-01, 2000-03-31",
        })
        void shouldStartAndEndOnTheFinancialCalendar(String code, LocalDate start, LocalDate end) {
            Period period = Period.parse(code);

            assertEquals(start, period.startDate());
            assertEquals(end, period.endDate());
        }
    }
}
