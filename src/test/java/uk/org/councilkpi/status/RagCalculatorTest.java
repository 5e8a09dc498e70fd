package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.org.councilkpi.status.Reports.count;
import static uk.org.councilkpi.status.Reports.days;
import static uk.org.councilkpi.status.Reports.figure;
import static uk.org.councilkpi.status.Reports.percentUnit;
import static uk.org.councilkpi.status.Reports.polarity;
import static uk.org.councilkpi.status.Reports.target;
import static uk.org.councilkpi.status.Reports.tolerance;
import static uk.org.councilkpi.status.Reports.without;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The traffic light, with cases from Cheshire East's Q2 2017-18 scorecard ("CE", the measure's PI ref)
 * and Halton's 2015/16 measure tables (the measure's ref, polarity judged from its meaning).
 */
class RagCalculatorTest {

    private static final Tolerance FIFTEEN_PERCENT = Tolerance.percent("15");

    /** Every Cheshire East Q2 2017-18 row with a readable target and a figure: ref, polarity, target, Q2 value. */
    private static final String[][] CHESHIRE_EAST_Q2_RATED = {
            {"1.5", "Low is good", "<20%", "20"},
            {"1.7", "High is good", "85%", "82"},
            {"1.10", "High is good", "90%", "83"},
            {"1.11", "", "260-300", "333"},
            {"1.12", "", "35-40", "44.2"},
            {"1.13", "Low is good", "<15%", "11.0"},
            {"1.14", "Low is good", "0%", "0"},
            {"1.16", "High is good", "100%", "100"},
            {"2.1", "", "400-450", "466"},
            {"2.2", "", "53.1 - 59.7", "61.8"},
            {"2.5", "High is good", "95%", "96"},
            {"2.6", "High is good", "215", "207"},
            {"2.7", "Low is good", "85", "118"},
            {"2.10", "High is good", "70%", "41"},
            {"2.11", "High is good", "100%", "32"},
            {"2.12", "High is good", "100%", "79.0"},
            {"3.2", "Low is good", "38%", "37"},
            {"3.3", "High is good", "96%", "96"},
            {"4.1", "High is good", "20%", "16"},
            {"4.2", "High is good", "12%", "17"},
            {"4.3", "High is good", "30", "13"},
            {"4.4", "High is good", "59%", "69"},
            {"4.5", "Low is good", "426", "391"},
            {"4.6", "Low is good", "121", "88"},
            {"4.7", "Low is good", "426", "391"},
            {"7.6", "High is good", "97%-99%", "97"},  // printed as the band "97%-99%": its lower bound
    };

    private static RagStatus rate(String polarity, String target, String value, Tolerance tolerance,
                                  Presentation presentation) {
        return RagCalculator.rate(figure(value), polarity(polarity), target(target), tolerance, presentation);
    }

    @Nested
    class FromTheReports {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                // case              | polarity     | target  | value | unit    | dp | tol% | rating | reason                  | explanation
                "CE 1.5 Q2           | Low is good  | <20%    | 20    | PERCENT | 0  | 15   | GREEN  | MET                     | 20% against a target of at most 20%: met",
                "CE 1.5 Q1           | Low is good  | <20%    | 24    | PERCENT | 0  | 15   | RED    | MISSED_BEYOND_TOLERANCE | 24% is 20% above the target of at most 20%: red, beyond 15% tolerance",
                "CE 1.7 Q2           | High is good | 85%     | 82    | PERCENT | 0  | 15   | AMBER  | MISSED_WITHIN_TOLERANCE | 82% is 4% below the target of at least 85%: amber within 15% tolerance",
                "CE 1.11 Q2          |              | 260-300 | 333   | COUNT   | 0  | 15   | AMBER  | MISSED_WITHIN_TOLERANCE | 333 is 11% above the range 260-300: amber within 15% tolerance",
                "CE 1.11 Q1          |              | 260-300 | 288   | COUNT   | 0  | 15   | GREEN  | MET                     | 288 within the range 260-300: met",
                "CE 1.13 Q2          | Low is good  | <15%    | 11.0  | PERCENT | 1  | 15   | GREEN  | MET                     | 11.0% against a target of at most 15%: met",
                "CE 1.13 Q1          | Low is good  | <15%    | 17.1  | PERCENT | 1  | 15   | AMBER  | MISSED_WITHIN_TOLERANCE | 17.1% is 14% above the target of at most 15%: amber within 15% tolerance",
                "CE 1.14 Q2          | Low is good  | 0%      | 0     | PERCENT | 1  | 15   | GREEN  | MET                     | 0.0% against a target of at most 0%: met",
                "CE 1.14 Q1          | Low is good  | 0%      | 3.7   | PERCENT | 1  | 15   | RED    | MISSED_BEYOND_TOLERANCE | 3.7% is 3.7 points above the target of at most 0%: red, beyond 15% tolerance",
                "CE 2.7 Q2           | Low is good  | 85      | 118   | COUNT   | 0  | 15   | RED    | MISSED_BEYOND_TOLERANCE | 118 is 39% above the target of at most 85: red, beyond 15% tolerance",
                "CE 4.5 Q2           | Low is good  | 426     | 391   | DAYS    | 0  | 15   | GREEN  | MET                     | 391 days against a target of at most 426 days: met",
                "CE 4.5 2016-17      | Low is good  | 426     | 541   | DAYS    | 0  | 15   | RED    | MISSED_BEYOND_TOLERANCE | 541 days is 27% above the target of at most 426 days: red, beyond 15% tolerance",
                "CE 7.6 Q2           | High is good | 97%-99% | 97    | PERCENT | 0  | 15   | GREEN  | MET                     | 97% within the range 97%-99%: met",
                "Halton CED001 Q1    | higher       | 82%     | 87    | PERCENT | 0  | 5    | GREEN  | MET                     | 87% against a target of at least 82%: met",
                "Halton CED025 Q2    | lower        | 5%      | 2.5   | PERCENT | 1  | 5    | GREEN  | MET                     | 2.5% against a target of at most 5%: met",
                "Halton CED049 Q2 5  | higher       | 90%     | 89    | PERCENT | 0  | 5    | AMBER  | MISSED_WITHIN_TOLERANCE | 89% is 1% below the target of at least 90%: amber within 5% tolerance",
                "Halton CED049 Q2 10 | higher       | 90%     | 89    | PERCENT | 0  | 10   | AMBER  | MISSED_WITHIN_TOLERANCE | 89% is 1% below the target of at least 90%: amber within 10% tolerance",
                "Halton CED049 Q2 0  | higher       | 90%     | 89    | PERCENT | 0  |      | RED    | MISSED_BEYOND_TOLERANCE | 89% is 1% below the target of at least 90%: red (no amber tolerance)",
                "Halton CED049 Q1    | higher       | 90%     | 93    | PERCENT | 0  | 5    | GREEN  | MET                     | 93% against a target of at least 90%: met",
                "Halton CED028 a Q2  | lower        | 10%     | 14    | PERCENT | 0  | 15   | RED    | MISSED_BEYOND_TOLERANCE | 14% is 40% above the target of at most 10%: red, beyond 15% tolerance",
                "Halton CED005 Q1    | higher       | 550     | 525   | COUNT   | 0  | 5    | AMBER  | MISSED_WITHIN_TOLERANCE | 525 is 5% below the target of at least 550: amber within 5% tolerance",
        })
        void shouldRateAndExplainAsTheReportsDo(String name, String polarity, String target, String value, Unit unit,
                                                int decimals, String tolerancePercent, Rag rating, RagReason reason,
                                                String explanation) {
            RagStatus status = rate(polarity, target, value, tolerance(tolerancePercent), new Presentation(unit, decimals));

            assertEquals(new RagStatus(rating, reason, explanation), status);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', value = {
                // ref       | period | polarity | target | value | tol% | rating
                "CED001      | Q2     | higher   | 82%    | 85    | 5    | GREEN",
                "CED025      | Q1     | lower    | 5%     | 2.5   | 5    | GREEN",
                "CED035      | Q2     | lower    | 0%     | 0     | 5    | GREEN",   // CP plans lasting 2 years or more
                "CED016      | Q2     | lower    | 0%     | 0     | 5    | GREEN",   // secondary schools below the floor
                "CED037      | Q2     | higher   | 100%   | 100   | 5    | GREEN",   // exactly on the target meets it
                "CED051      | Q2     | lower    | 18%    | 12    | 5    | GREEN",
                "CED052      | Q2     | lower    | 8%     | 7     | 5    | GREEN",
                "CED008      | Q2     | lower    | 26%    | 24    | 5    | GREEN",   // inequality gap
                "CED005      | Q2     | higher   | 550    | 585   | 5    | GREEN",
                "SCS CYP07   | Q2     | lower    | 24.6   | 21.1  | 5    | GREEN",   // hospital admissions, a rate
                "CED038      | Q2     | higher   | 100%   | 99    | 5    | AMBER",
                "CED048      | Q2     | higher   | 78%    | 76    | 5    | AMBER",
                "CED004      | Q2     | higher   | 83%    | 81    | 5    | AMBER",
                "CED006      | Q2     | higher   | 88%    | 84    | 5    | AMBER",
                "CED009      | Q2     | lower    | 16%    | 17    | 15   | AMBER",   // 6% over the gap target
                "CED009      | Q2     | lower    | 16%    | 17    | 5    | RED",
                "CED002      | Q2     | higher   | 100%   | 86    | 15   | AMBER",   // 14% short
                "CED002      | Q2     | higher   | 100%   | 86    | 10   | RED",
                "CED050      | Q2     | higher   | 65%    | 57    | 15   | AMBER",   // 12% short
                "CED050      | Q2     | higher   | 65%    | 57    | 10   | RED",
                "CED033      | Q2     | higher   | 95%    | 75    | 15   | RED",     // 21% short
                "CED036      | Q2     | lower    | 10%    | 16.8  | 15   | RED",     // CP plan for a 2nd time
                "CED015      | Q2     | lower    | 4%     | 8     | 15   | RED",     // twice the target
        })
        void shouldRateHaltonsMeasures(String ref, String period, String polarity, String target, String value,
                                       String tolerancePercent, Rag rating) {
            RagStatus status = rate(polarity, target, value, tolerance(tolerancePercent), percentUnit(0));

            assertEquals(rating, status.rating(), status.explanation());
        }

        /**
         * Cheshire East published "Red 6, Amber 7, Green 30, n/a 30, Total 73". Its 26 rated rows with a readable
         * target give exactly the 6 red and 7 amber with an amber band of 15% of the target; the other 17 greens
         * were rated without a target.
         */
        @Test
        void shouldReproduceCheshireEastsPublishedRedAndAmberCountsWithAFifteenPercentBand() {
            StatusSummary.RagCounts counts = StatusSummary.countRatings(rateCheshireEast(FIFTEEN_PERCENT));

            assertEquals(new StatusSummary.RagCounts(6, 7, 13, 0, 26), counts);
        }

        @Test
        void shouldNotReproduceThePublishedCountsWithAFivePercentBand() {
            StatusSummary.RagCounts counts = StatusSummary.countRatings(rateCheshireEast(Tolerance.percent("5")));

            // 1.10 (8% short), 1.11 and 1.12 (11% over their ranges) turn red
            assertEquals(new StatusSummary.RagCounts(9, 4, 13, 0, 26), counts);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "1.5  | GREEN", "1.7  | AMBER", "1.10 | AMBER", "1.11 | AMBER", "1.12 | AMBER", "1.13 | GREEN",
                "1.14 | GREEN", "1.16 | GREEN", "2.1  | AMBER", "2.2  | AMBER", "2.5  | GREEN", "2.6  | AMBER",
                "2.7  | RED",   "2.10 | RED",   "2.11 | RED",   "2.12 | RED",   "3.2  | GREEN", "3.3  | GREEN",
                "4.1  | RED",   "4.2  | GREEN", "4.3  | RED",   "4.4  | GREEN", "4.5  | GREEN", "4.6  | GREEN",
                "4.7  | GREEN", "7.6  | GREEN",
        })
        void shouldRateEachCheshireEastRowWithAFifteenPercentBand(String ref, Rag rating) {
            String[] row = cheshireEastRow(ref);

            RagStatus status = rate(row[1], row[2], row[3], FIFTEEN_PERCENT, percentUnit(1));

            assertEquals(rating, status.rating(), status.explanation());
        }

        private List<Rag> rateCheshireEast(Tolerance tolerance) {
            List<Rag> ratings = new ArrayList<>();
            for (String[] row : CHESHIRE_EAST_Q2_RATED) {
                ratings.add(rate(row[1], row[2], row[3], tolerance, percentUnit(1)).rating());
            }
            return ratings;
        }

        private String[] cheshireEastRow(String ref) {
            for (String[] row : CHESHIRE_EAST_Q2_RATED) {
                if (row[0].equals(ref)) {
                    return row;
                }
            }
            throw new IllegalArgumentException("no Cheshire East row " + ref);
        }
    }

    @Nested
    class Tolerances {

        @ParameterizedTest(name = "CE 1.11 with {0}%")
        @CsvSource(delimiter = '|', value = {
                "15 | AMBER | 333 is 11% above the range 260-300: amber within 15% tolerance",
                "11 | AMBER | 333 is 11% above the range 260-300: amber within 11% tolerance",  // 33 = 11% of 300
                "10 | RED   | 333 is 11% above the range 260-300: red, beyond 10% tolerance",
                "5  | RED   | 333 is 11% above the range 260-300: red, beyond 5% tolerance",
                "0  | RED   | 333 is 11% above the range 260-300: red (no amber tolerance)",
        })
        void shouldRateTheSameFigureByTheConfiguredTolerance(String percent, Rag rating, String explanation) {
            RagStatus status = rate("", "260-300", "333", Tolerance.percent(percent), count());

            assertEquals(rating, status.rating());
            assertEquals(explanation, status.explanation());
        }

        @ParameterizedTest(name = "CE 4.1 16% against 20% with {0}%")
        @CsvSource({"20, AMBER", "19.9, RED"})
        void shouldRateAMissExactlyOnTheToleranceEdgeAmber(String percent, Rag rating) {
            // 16 is 4 below 20, and 20% of 20 is exactly 4
            RagStatus status = rate("High is good", "20%", "16", Tolerance.percent(percent), percentUnit(0));

            assertEquals(rating, status.rating());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // CE 1.11: 11% of 300 is 33, amber above the range; 11% of 260 would be 28.6, red
                "above the high edge             | 260-300 | 333  | 11  | AMBER",
                // CE 1.12's range: 5.5% of 35 is 1.925, red below it; 5.5% of 40 would be 2.2, amber
                "below the low edge              | 35-40   | 33   | 5.5 | RED",
                "just inside the tolerance below | 35-40   | 33.1 | 5.5 | AMBER",
        })
        void shouldMeasureARangesToleranceFromTheEdgeMissed(String name, String range, String value, String percent,
                                                             Rag rating) {
            RagStatus status = rate("", range, value, Tolerance.percent(percent), count());

            assertEquals(rating, status.rating(), status.explanation());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Halton CED049 Q2, 1 point    | higher | 90% | 89  | 1   | PERCENT | AMBER | 89% is 1% below the target of at least 90%: amber within 1 point tolerance",
                "Halton CED049 Q2, 0.5 points | higher | 90% | 89  | 0.5 | PERCENT | RED   | 89% is 1% below the target of at least 90%: red, beyond 0.5 points tolerance",
                "CE 4.5 2016-17, 120 days     | lower  | 426 | 541 | 120 | DAYS    | AMBER | 541 days is 27% above the target of at most 426 days: amber within 120 days tolerance",
                "CE 4.5 2016-17, 100 days     | lower  | 426 | 541 | 100 | DAYS    | RED   | 541 days is 27% above the target of at most 426 days: red, beyond 100 days tolerance",
                "CE 2.7 Q2, 33                | lower  | 85  | 118 | 33  | COUNT   | AMBER | 118 is 39% above the target of at most 85: amber within 33 tolerance",
        })
        void shouldApplyAnAbsoluteToleranceInTheIndicatorsUnit(String name, String polarity, String target,
                                                               String value, String amount, Unit unit, Rag rating,
                                                               String explanation) {
            RagStatus status = rate(polarity, target, value, Tolerance.absolute(amount), new Presentation(unit, 0));

            assertEquals(rating, status.rating());
            assertEquals(explanation, status.explanation());
        }

        @Test
        void shouldRateAMissOfAZeroTargetRedWhateverThePercentTolerance() {
            // CE 1.14 Q1: 3.7% against 0%; any percentage of 0 is 0
            RagStatus status = rate("Low is good", "0%", "3.7", Tolerance.percent("100"), percentUnit(1));

            assertEquals(Rag.RED, status.rating());
            assertEquals("3.7% is 3.7 points above the target of at most 0%: red, beyond 100% tolerance",
                    status.explanation());
        }

        @Test
        void shouldRateAMissOfAZeroTargetAmberWithinAnAbsoluteTolerance() {
            RagStatus status = rate("Low is good", "0%", "3.7", Tolerance.absolute("5"), percentUnit(1));

            assertEquals(new RagStatus(Rag.AMBER, RagReason.MISSED_WITHIN_TOLERANCE,
                    "3.7% is 3.7 points above the target of at most 0%: amber within 5 points tolerance"), status);
        }
    }

    @Nested
    class TargetForms {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "CE 1.5 on the bound        | <20% | 20   | GREEN",
                "CE 1.5 just over the bound | <20% | 20.1 | RED",
                "on a lower bound           | >=85 | 85   | GREEN",
                "just under a lower bound   | >=85 | 84.9 | RED",
                "CE 7.6 on the range's top  | 97%-99% | 99 | GREEN",
                "over the range's top       | 97%-99% | 99.5 | RED",
        })
        void shouldMeetABoundOrARangeEdgeExactlyOnIt(String name, String target, String value, Rag rating) {
            RagStatus status = rate("", target, value, Tolerance.NONE, percentUnit(1));

            assertEquals(rating, status.rating(), status.explanation());
        }

        @ParameterizedTest(name = "{0} {1} with {2}")
        @CsvSource(delimiter = '|', value = {
                // a bound says which side meets it, whatever the polarity
                ">=85% | 90 | Low is good  | GREEN",
                ">=85% | 80 | Low is good  | RED",
                ">=85% | 85 |              | GREEN",
                ">=85% | 80 | High is good | RED",
                "<20%  | 25 | High is good | RED",
                "<20%  | 15 | High is good | GREEN",
                "<20%  | 20 |              | GREEN",
                // a plain value takes its sense from the polarity (Halton's 82% for CED001)
                "82%   | 85 | High is good | GREEN",
                "82%   | 80 | High is good | RED",
                "82%   | 80 | Low is good  | GREEN",
                "82%   | 85 | Low is good  | RED",
                "82%   | 82 | Low is good  | GREEN",
                "82%   | 82 | High is good | GREEN",
        })
        void shouldReadTheSideThatMeetsTheTargetFromItsForm(String target, String value, String polarity, Rag rating) {
            RagStatus status = rate(polarity, target, value, Tolerance.NONE, percentUnit(0));

            assertEquals(rating, status.rating(), status.explanation());
        }

        @Test
        void shouldDescribeTheBoundAsWritten() {
            RagStatus atLeast = rate("Low is good", ">=85%", "90", Tolerance.NONE, percentUnit(0));
            RagStatus atMost = rate("High is good", "<20%", "25", Tolerance.percent("10"), percentUnit(0));

            assertEquals("90% against a target of at least 85%: met", atLeast.explanation());
            assertEquals("25% is 25% above the target of at most 20%: red, beyond 10% tolerance", atMost.explanation());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // CE 10.4: "0 by end of March 2018" ongoing transfers, entered as exactly 0
                "CE 10.4 met                | =0           | 0   | COUNT   | 15 | GREEN | 0 against a target of exactly 0: met",
                "CE 10.4 Q2 77 left         | =0           | 77  | COUNT   | 15 | RED   | 77 is 77 above the target of exactly 0: red, beyond 15% tolerance",
                "over an exact target       | exactly 100% | 101 | PERCENT | 5  | AMBER | 101% is 1% above the target of exactly 100%: amber within 5% tolerance",
                "under an exact target      | exactly 100% | 99  | PERCENT | 5  | AMBER | 99% is 1% below the target of exactly 100%: amber within 5% tolerance",
                "far under an exact target  | =100%        | 80  | PERCENT | 5  | RED   | 80% is 20% below the target of exactly 100%: red, beyond 5% tolerance",
        })
        void shouldMeetAnExactTargetOnlyOnIt(String name, String target, String value, Unit unit, String percent,
                                             Rag rating, String explanation) {
            // an exact target needs no polarity, and a higher figure misses it as much as a lower one
            RagStatus status = rate("High is good", target, value, Tolerance.percent(percent), new Presentation(unit, 0));
            RagStatus noPolarity = rate("", target, value, Tolerance.percent(percent), new Presentation(unit, 0));

            assertEquals(rating, status.rating());
            assertEquals(explanation, status.explanation());
            assertEquals(status, noPolarity);
        }
    }

    @Nested
    class NotRated {

        @Test
        void shouldNotRateWithoutATarget() {
            // Halton CED043 Q1: 245 children in early intervention, 15/16 target "N/A"
            RagStatus status = rate("higher", "N/A", "245", FIFTEEN_PERCENT, count());

            assertEquals(new RagStatus(Rag.NOT_RATED, RagReason.NO_TARGET, "No target: not rated"), status);
        }

        @Test
        void shouldNotRateWithoutATargetEvenWithoutAFigure() {
            RagStatus status = RagCalculator.rate(Optional.empty(), Polarity.LOWER_IS_BETTER, TargetSpec.NONE,
                    FIFTEEN_PERCENT, count());

            assertEquals(RagReason.NO_TARGET, status.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "82%  | PERCENT | Target 82% but no polarity to say which side is better: not rated",
                "426  | DAYS    | Target 426 days but no polarity to say which side is better: not rated",
                "1250 | COUNT   | Target 1,250 but no polarity to say which side is better: not rated",
        })
        void shouldNotRateASingleFigureTargetWithoutPolarity(String target, Unit unit, String explanation) {
            // CE 6.1 "Number of Academies" prints its polarity as "N/A"
            RagStatus status = rate("N/A", target, "87", FIFTEEN_PERCENT, new Presentation(unit, 0));

            assertEquals(new RagStatus(Rag.NOT_RATED, RagReason.NO_POLARITY, explanation), status);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "260-300 | 333 | AMBER",  // CE 1.11, no polarity printed
                "<20%    | 20  | GREEN",
                ">=85%   | 80  | AMBER",
                "=0      | 0   | GREEN",
        })
        void shouldRateARangeABoundOrAnExactTargetWithoutPolarity(String target, String value, Rag rating) {
            RagStatus status = rate("", target, value, FIFTEEN_PERCENT, count());

            assertEquals(rating, status.rating(), status.explanation());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // Halton: "Available at end of Quarter 3"; CE 2.3: "data will be presented annually"
                "NOT_YET_AVAILABLE | No figure (not yet available): not rated",
                // Halton SCS CYP13 Q1: current "N/A"
                "NOT_APPLICABLE    | No figure (not applicable): not rated",
                // Halton 2024/25 P2.3: "Information requested, not provided"
                "NOT_PROVIDED      | No figure (not provided): not rated",
        })
        void shouldNotRateAFigureWithoutANumber(ValueState state, String explanation) {
            RagStatus status = RagCalculator.rate(without(state), Polarity.HIGHER_IS_BETTER, target("25%"),
                    FIFTEEN_PERCENT, percentUnit(0));

            assertEquals(new RagStatus(Rag.NOT_RATED, RagReason.NO_VALUE, explanation), status);
        }

        @Test
        void shouldNotRateAMissingFigure() {
            RagStatus status = RagCalculator.rate(Optional.empty(), Polarity.LOWER_IS_BETTER, target("<20%"),
                    FIFTEEN_PERCENT, percentUnit(0));

            assertEquals(new RagStatus(Rag.NOT_RATED, RagReason.NO_VALUE, "No figure: not rated"), status);
        }

        @Test
        void shouldNotRateNorRevealASuppressedFigureThatKeepsItsNumber() {
            // CE 1.6 Q1 printed "supressed"; staff may still hold the number, here 23
            Reading suppressed = new Reading(ValueState.SUPPRESSED, new BigDecimal("23"));

            RagStatus status = RagCalculator.rate(Optional.of(suppressed), Polarity.LOWER_IS_BETTER, target("<20%"),
                    FIFTEEN_PERCENT, count());

            assertEquals(new RagStatus(Rag.NOT_RATED, RagReason.SUPPRESSED, "Figure suppressed: not rated"), status);
            assertFalse(status.explanation().contains("23"));
        }

        @Test
        void shouldNotRateASuppressedFigureWithoutANumber() {
            RagStatus status = RagCalculator.rate(without(ValueState.SUPPRESSED), Polarity.LOWER_IS_BETTER,
                    target("<20%"), FIFTEEN_PERCENT, count());

            assertEquals(new RagStatus(Rag.NOT_RATED, RagReason.SUPPRESSED, "Figure suppressed: not rated"), status);
        }

        @Test
        void shouldGiveTheMissingPolarityPrecedenceOverASuppressedFigure() {
            Reading suppressed = new Reading(ValueState.SUPPRESSED, new BigDecimal("23"));

            RagStatus status = RagCalculator.rate(Optional.of(suppressed), Polarity.NONE, target("20"),
                    FIFTEEN_PERCENT, count());

            assertEquals(RagReason.NO_POLARITY, status.reason());
            assertFalse(status.explanation().contains("23"));
        }
    }

    @Nested
    class Presentations {

        @Test
        void shouldWriteTheFigureAtTheIndicatorsDecimalPlacesAndTheTargetAsWritten() {
            // CE 8.3: 1.65% of young people NEET; a made-up target of 2.0% to show both sides
            RagStatus status = rate("Low is good", "<2.0%", "1.65", FIFTEEN_PERCENT, percentUnit(2));

            assertEquals("1.65% against a target of at most 2%: met", status.explanation());
        }

        @Test
        void shouldWriteCountsWithThousandsSeparators() {
            // CE 1.1 contacts: 10,681 in 2016-17, against a made-up bound
            RagStatus status = rate("Low is good", "<10,000", "10681", Tolerance.percent("10"), count());

            assertEquals("10,681 is 7% above the target of at most 10,000: amber within 10% tolerance",
                    status.explanation());
        }

        @Test
        void shouldWriteCurrencyWithThePoundSign() {
            RagStatus status = rate("Low is good", "1250", "1300", Tolerance.absolute("100"),
                    new Presentation(Unit.CURRENCY, 0));

            assertEquals("£1,300 is 4% above the target of at most £1,250: amber within £100 tolerance",
                    status.explanation());
        }

        @Test
        void shouldWriteDays() {
            RagStatus status = rate("Low is good", "121", "88", FIFTEEN_PERCENT, days());

            // CE 4.6: 88 days against the national 121
            assertEquals("88 days against a target of at most 121 days: met", status.explanation());
        }
    }
}
