package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.org.councilkpi.status.Reports.count;
import static uk.org.councilkpi.status.Reports.days;
import static uk.org.councilkpi.status.Reports.figure;
import static uk.org.councilkpi.status.Reports.percentUnit;
import static uk.org.councilkpi.status.Reports.polarity;
import static uk.org.councilkpi.status.Reports.without;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Direction of travel, with Cheshire East's quarterly direction (Qu 2 17-18 against Qu 1 17-18) and Halton's
 * tables (the current figure against the 14/15 actual, which its arrows agree with).
 */
class DirectionCalculatorTest {

    private static final String CE_Q1 = "2017-18-Q1";
    private static final String HALTON_1415 = "2014-15";

    private static DirectionOfTravel compare(String current, String earlier, String label, String polarity,
                                             Tolerance band, Presentation presentation) {
        return DirectionCalculator.compare(figure(current), figure(earlier), label, polarity(polarity), band,
                presentation);
    }

    @Nested
    class FromTheReports {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // case          | polarity     | now  | before | unit    | dp | movement  | performance | explanation
                "CE 1.5          | Low is good  | 20   | 24     | PERCENT | 0  | DOWN      | BETTER      | 20% against 24% in 2017-18-Q1: down 4 points, better",
                "CE 1.7          | High is good | 82   | 88     | PERCENT | 0  | DOWN      | WORSE       | 82% against 88% in 2017-18-Q1: down 6 points, worse",
                "CE 1.13         | Low is good  | 11.0 | 17.1   | PERCENT | 1  | DOWN      | BETTER      | 11.0% against 17.1% in 2017-18-Q1: down 6.1 points, better",
                "CE 1.14         | Low is good  | 0    | 3.7    | PERCENT | 1  | DOWN      | BETTER      | 0.0% against 3.7% in 2017-18-Q1: down 3.7 points, better",
                "CE 2.5          | High is good | 96   | 95     | PERCENT | 0  | UP        | BETTER      | 96% against 95% in 2017-18-Q1: up 1 point, better",
                "CE 2.7          | Low is good  | 118  | 102    | COUNT   | 0  | UP        | WORSE       | 118 against 102 in 2017-18-Q1: up 16, worse",
                "CE 3.3          | High is good | 96   | 96     | PERCENT | 0  | UNCHANGED | SAME        | 96% against 96% in 2017-18-Q1: unchanged",
                "CE 4.5          | Low is good  | 391  | 383    | DAYS    | 0  | UP        | WORSE       | 391 days against 383 days in 2017-18-Q1: up 8 days, worse",
                "CE 8.3          | Low is good  | 1.65 | 2.3    | PERCENT | 2  | DOWN      | BETTER      | 1.65% against 2.30% in 2017-18-Q1: down 0.65 points, better",
                "CE 10.1         | High is good | 80   | 80     | PERCENT | 0  | UNCHANGED | SAME        | 80% against 80% in 2017-18-Q1: unchanged",
        })
        void shouldCompareCheshireEastsQuarterWithThePreviousQuarter(String name, String polarity, String now,
                                                                     String before, Unit unit, int decimals,
                                                                     Movement movement, Performance performance,
                                                                     String explanation) {
            DirectionOfTravel direction = compare(now, before, CE_Q1, polarity, Tolerance.NONE,
                    new Presentation(unit, decimals));

            assertEquals(new DirectionOfTravel(movement, performance, DirectionReason.COMPARED, explanation), direction);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // case            | polarity | now  | 14/15 | unit           | dp | movement  | performance | explanation
                "CED001 Q1         | higher   | 87   | 81    | PERCENT        | 0  | UP        | BETTER      | 87% against 81% in 2014-15: up 6 points, better",
                "CED001 Q2         | higher   | 85   | 81    | PERCENT        | 0  | UP        | BETTER      | 85% against 81% in 2014-15: up 4 points, better",
                "CED025 Q2         | lower    | 2.5  | 2.5   | PERCENT        | 1  | UNCHANGED | SAME        | 2.5% against 2.5% in 2014-15: unchanged",
                "CED049 Q2         | higher   | 89   | 83    | PERCENT        | 0  | UP        | BETTER      | 89% against 83% in 2014-15: up 6 points, better",
                "CED048 Q2         | higher   | 76   | 67    | PERCENT        | 0  | UP        | BETTER      | 76% against 67% in 2014-15: up 9 points, better",
                "CED051 Q2         | lower    | 12   | 35    | PERCENT        | 0  | DOWN      | BETTER      | 12% against 35% in 2014-15: down 23 points, better",
                "CED004 Q2         | higher   | 81   | 83    | PERCENT        | 0  | DOWN      | WORSE       | 81% against 83% in 2014-15: down 2 points, worse",
                "CED015 Q2         | lower    | 8    | 12    | PERCENT        | 0  | DOWN      | BETTER      | 8% against 12% in 2014-15: down 4 points, better",
                "CED042 Q2         | higher   | 244  | 224   | COUNT          | 0  | UP        | BETTER      | 244 against 224 in 2014-15: up 20, better",
                "SCS CYP07 Q2      | lower    | 21.1 | 17.62 | RATE_PER_10000 | 2  | UP        | WORSE       | 21.10 per 10,000 against 17.62 per 10,000 in 2014-15: up 3.48 per 10,000, worse",
        })
        void shouldCompareHaltonsFigureWithLastYearsOutturn(String name, String polarity, String now, String before,
                                                            Unit unit, int decimals, Movement movement,
                                                            Performance performance, String explanation) {
            DirectionOfTravel direction = compare(now, before, HALTON_1415, polarity, Tolerance.NONE,
                    new Presentation(unit, decimals));

            assertEquals(new DirectionOfTravel(movement, performance, DirectionReason.COMPARED, explanation), direction);
        }
    }

    @Nested
    class BroadlyTheSame {

        @Test
        void shouldTreatOnlyExactEqualityAsTheSameByDefault() {
            DirectionOfTravel direction = compare("80.01", "80", CE_Q1, "High is good", Tolerance.NONE, percentUnit(2));

            assertEquals(Movement.UP, direction.movement());
            assertEquals(Performance.BETTER, direction.performance());
        }

        @Test
        void shouldTreatEqualFiguresWrittenDifferentlyAsUnchanged() {
            // CE 1.14: 0% then 0.0%
            DirectionOfTravel direction = compare("0.0", "0", CE_Q1, "Low is good", Tolerance.NONE, percentUnit(1));

            assertEquals(Movement.UNCHANGED, direction.movement());
            assertEquals(Performance.SAME, direction.performance());
        }

        /** Cheshire East printed a level arrow for 4.5, 4.7, 2.6 and 6.3: small moves, "broadly the same". */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // case | polarity     | now | before | unit   | movement | explanation
                "CE 4.5 | Low is good  | 391 | 383    | DAYS    | UP      | 391 days against 383 days in 2017-18-Q1: up 8 days, broadly the same (within 5%)",
                "CE 4.7 | Low is good  | 391 | 373    | DAYS    | UP      | 391 days against 373 days in 2017-18-Q1: up 18 days, broadly the same (within 5%)",
                "CE 2.6 | High is good | 207 | 210    | COUNT   | DOWN    | 207 against 210 in 2017-18-Q1: down 3, broadly the same (within 5%)",
                "CE 6.3 | High is good | 92  | 91     | PERCENT | UP      | 92% against 91% in 2017-18-Q1: up 1 point, broadly the same (within 5%)",
        })
        void shouldCallASmallMoveBroadlyTheSameWithinAPercentBand(String name, String polarity, String now,
                                                                 String before, Unit unit, Movement movement,
                                                                 String explanation) {
            DirectionOfTravel direction = compare(now, before, CE_Q1, polarity, Tolerance.percent("5"),
                    new Presentation(unit, 0));

            assertEquals(new DirectionOfTravel(movement, Performance.SAME, DirectionReason.COMPARED, explanation),
                    direction);
        }

        @ParameterizedTest(name = "CE 4.7 with {0}%")
        @CsvSource({
                "5,   SAME",   // 18 days; 5% of the earlier 373 is 18.65 (5% of the current 391 would be 19.55)
                "4.8, WORSE",  // 4.8% of 373 is 17.904
        })
        void shouldMeasureThePercentBandFromTheEarlierFigure(String percent, Performance performance) {
            DirectionOfTravel direction = compare("391", "373", CE_Q1, "Low is good", Tolerance.percent(percent), days());

            assertEquals(performance, direction.performance(), direction.explanation());
        }

        @ParameterizedTest(name = "CE 4.5 with {0} days")
        @CsvSource({
                "8, SAME",   // a move of exactly the band is inside it
                "7, WORSE",
        })
        void shouldApplyAnAbsoluteBandInclusively(String days, Performance performance) {
            DirectionOfTravel direction = compare("391", "383", CE_Q1, "Low is good", Tolerance.absolute(days), days());

            assertEquals(performance, direction.performance(), direction.explanation());
        }

        @Test
        void shouldDescribeAnAbsoluteBandInTheIndicatorsUnit() {
            DirectionOfTravel points = compare("96", "95", CE_Q1, "High is good", Tolerance.absolute("1"), percentUnit(0));
            DirectionOfTravel daysBand = compare("391", "383", CE_Q1, "Low is good", Tolerance.absolute("10"), days());

            assertEquals("96% against 95% in 2017-18-Q1: up 1 point, broadly the same (within 1 point)",
                    points.explanation());
            assertEquals("391 days against 383 days in 2017-18-Q1: up 8 days, broadly the same (within 10 days)",
                    daysBand.explanation());
        }

        @Test
        void shouldJudgeAMoveBeyondTheBandByPolarity() {
            // CE 1.7: down 6 points from 88, more than 5% of 88 (4.4)
            DirectionOfTravel direction = compare("82", "88", CE_Q1, "High is good", Tolerance.percent("5"),
                    percentUnit(0));

            assertEquals(new DirectionOfTravel(Movement.DOWN, Performance.WORSE, DirectionReason.COMPARED,
                    "82% against 88% in 2017-18-Q1: down 6 points, worse"), direction);
        }
    }

    @Nested
    class WithoutPolarity {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "CE 1.1 contacts     | 2127 | 2809 | COUNT          | 0 | DOWN | 2,127 against 2,809 in 2017-18-Q1: down 682; no polarity, so not judged better or worse",
                "CE 1.11 CP plans    | 333  | 288  | COUNT          | 0 | UP   | 333 against 288 in 2017-18-Q1: up 45; no polarity, so not judged better or worse",
                "CE 1.12 CP plan rate| 44.2 | 38.2 | RATE_PER_10000 | 1 | UP   | 44.2 per 10,000 against 38.2 per 10,000 in 2017-18-Q1: up 6 per 10,000; no polarity, so not judged better or worse",
        })
        void shouldShowTheMovementButNotJudgeIt(String name, String now, String before, Unit unit, int decimals,
                                                Movement movement, String explanation) {
            DirectionOfTravel direction = compare(now, before, CE_Q1, "", Tolerance.NONE, new Presentation(unit, decimals));

            assertEquals(new DirectionOfTravel(movement, Performance.NOT_COMPARABLE, DirectionReason.NO_POLARITY,
                    explanation), direction);
        }

        @Test
        void shouldCallAnUnchangedFigureTheSameWithoutPolarity() {
            // CE 7.6: "97%-99%" every quarter, taken as 97
            DirectionOfTravel direction = compare("97", "97", CE_Q1, "N/A", Tolerance.NONE, percentUnit(0));

            assertEquals(new DirectionOfTravel(Movement.UNCHANGED, Performance.SAME, DirectionReason.COMPARED,
                    "97% against 97% in 2017-18-Q1: unchanged"), direction);
        }

        @Test
        void shouldCallASmallMoveBroadlyTheSameWithoutPolarity() {
            // CE 3.1 care leavers, no polarity, 202 then 198: printed with a level arrow
            DirectionOfTravel direction = compare("198", "202", CE_Q1, "", Tolerance.percent("5"), count());

            assertEquals(new DirectionOfTravel(Movement.DOWN, Performance.SAME, DirectionReason.COMPARED,
                    "198 against 202 in 2017-18-Q1: down 4, broadly the same (within 5%)"), direction);
        }

        @Test
        void shouldNotJudgeAMoveBeyondTheBandWithoutPolarity() {
            // CE 1.3, 34% then 30%: 4 points, more than a 1 point band
            DirectionOfTravel direction = compare("30", "34", CE_Q1, "", Tolerance.absolute("1"), percentUnit(0));

            assertEquals(Performance.NOT_COMPARABLE, direction.performance());
            assertEquals(DirectionReason.NO_POLARITY, direction.reason());
            assertEquals(Movement.DOWN, direction.movement());
        }
    }

    @Nested
    class NotComparable {

        @Test
        void shouldNotCompareWithoutAnEarlierFigure() {
            DirectionOfTravel direction = DirectionCalculator.compare(figure("87"), Optional.empty(), "2016-17-Q4",
                    Polarity.HIGHER_IS_BETTER, Tolerance.NONE, percentUnit(0));

            assertEquals(new DirectionOfTravel(Movement.NOT_COMPARABLE, Performance.NOT_COMPARABLE,
                    DirectionReason.NO_EARLIER_VALUE, "No figure for 2016-17-Q4 to compare with: N/A"), direction);
        }

        @Test
        void shouldNotCompareWithASuppressedEarlierFigureNorRevealIt() {
            // CE 1.6: Q2 5 children, Q1 printed "supressed"; staff hold the Q1 number, here 3
            Reading suppressed = new Reading(ValueState.SUPPRESSED, new BigDecimal("3"));

            DirectionOfTravel direction = DirectionCalculator.compare(figure("5"), Optional.of(suppressed), CE_Q1,
                    Polarity.LOWER_IS_BETTER, Tolerance.NONE, count());

            assertEquals(new DirectionOfTravel(Movement.NOT_COMPARABLE, Performance.NOT_COMPARABLE,
                    DirectionReason.NO_EARLIER_VALUE, "No figure for 2017-18-Q1 (suppressed) to compare with: N/A"),
                    direction);
            assertFalse(direction.explanation().contains("3"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // Halton CED028 a: 14/15 actual "N/A"
                "NOT_APPLICABLE    | No figure for 2014-15 (not applicable) to compare with: N/A",
                // Halton: "Available at end of Quarter 3"
                "NOT_YET_AVAILABLE | No figure for 2014-15 (not yet available) to compare with: N/A",
                "NOT_PROVIDED      | No figure for 2014-15 (not provided) to compare with: N/A",
        })
        void shouldNotCompareWithAnEarlierFigureWithoutANumber(ValueState state, String explanation) {
            DirectionOfTravel direction = DirectionCalculator.compare(figure("14"), without(state), HALTON_1415,
                    Polarity.LOWER_IS_BETTER, Tolerance.NONE, percentUnit(0));

            assertEquals(new DirectionOfTravel(Movement.NOT_COMPARABLE, Performance.NOT_COMPARABLE,
                    DirectionReason.NO_EARLIER_VALUE, explanation), direction);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ValueState.class, names = {"NOT_YET_AVAILABLE", "NOT_APPLICABLE", "NOT_PROVIDED",
                "SUPPRESSED"})
        void shouldNotCompareAFigureWithoutANumber(ValueState state) {
            DirectionOfTravel direction = DirectionCalculator.compare(without(state), figure("24"), CE_Q1,
                    Polarity.LOWER_IS_BETTER, Tolerance.NONE, percentUnit(0));

            assertEquals(new DirectionOfTravel(Movement.NOT_COMPARABLE, Performance.NOT_COMPARABLE,
                    DirectionReason.NO_VALUE, "No figure to compare: N/A"), direction);
        }

        @Test
        void shouldNotCompareNorRevealASuppressedFigureThatKeepsItsNumber() {
            // CE 1.6 Q1 "supressed" against Q4 2016-17, also "supressed"
            Reading q1 = new Reading(ValueState.SUPPRESSED, new BigDecimal("3"));
            Reading q4 = new Reading(ValueState.SUPPRESSED, new BigDecimal("8"));

            DirectionOfTravel direction = DirectionCalculator.compare(Optional.of(q1), Optional.of(q4), "2016-17-Q4",
                    Polarity.LOWER_IS_BETTER, Tolerance.NONE, count());

            assertEquals(DirectionReason.NO_VALUE, direction.reason());
            assertEquals("No figure to compare: N/A", direction.explanation());
        }

        @Test
        void shouldNotCompareAMissingFigure() {
            DirectionOfTravel direction = DirectionCalculator.compare(Optional.empty(), figure("24"), CE_Q1,
                    Polarity.LOWER_IS_BETTER, Tolerance.NONE, percentUnit(0));

            assertEquals(DirectionReason.NO_VALUE, direction.reason());
            assertEquals(Movement.NOT_COMPARABLE, direction.movement());
        }
    }
}
