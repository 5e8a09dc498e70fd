package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures written the way the reports write them. */
class FiguresTest {

    @Nested
    class Format {

        @ParameterizedTest(name = "{0} {1} at {2} dp")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "20     | PERCENT        | 0 | 20%",          // CE 1.5
                "20     | PERCENT        | 1 | 20.0%",
                "11.0   | PERCENT        | 1 | 11.0%",        // CE 1.13
                "79.0   | PERCENT        | 0 | 79%",          // CE 2.12
                "1.65   | PERCENT        | 2 | 1.65%",        // CE 8.3
                "1.65   | PERCENT        | 1 | 1.7%",         // half up, not half even
                "0.125  | PERCENT        | 2 | 0.13%",
                "2.5    | COUNT          | 0 | 3",
                "10681  | COUNT          | 0 | \"10,681\"",   // CE 1.1, 2016-17
                "1234567| COUNT          | 0 | \"1,234,567\"",
                "391    | DAYS           | 0 | 391 days",     // CE 4.5
                "44.2   | RATE_PER_10000 | 1 | \"44.2 per 10,000\"",  // CE 1.12
                "7.9    | RATE_PER_1000  | 1 | \"7.9 per 1,000\"",
                "1250   | CURRENCY       | 0 | \"£1,250\"",
                "1250   | CURRENCY       | 2 | \"£1,250.00\"",
                "0.5    | RATIO          | 2 | 0.50",
                "-3.5   | PERCENT        | 1 | -3.5%",
                "0      | PERCENT        | 1 | 0.0%",         // CE 1.14 Q2
        })
        void shouldWriteAFigureAtTheIndicatorsDecimalPlaces(BigDecimal number, Unit unit, int decimals,
                                                            String expected) {
            assertEquals(expected, Figures.format(number, unit, decimals));
        }
    }

    @Nested
    class Natural {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "20.00  | PERCENT | 20%",
                "53.10  | COUNT   | 53.1",           // CE 2.2's range bound
                "0.350  | PERCENT | 0.35%",          // Halton CED026 target
                "1E+3   | COUNT   | \"1,000\"",
                "426    | DAYS    | 426 days",
                "0      | PERCENT | 0%",
                "10000  | COUNT   | \"10,000\"",
        })
        void shouldWriteATargetAsWrittenWithoutTrailingZeros(BigDecimal number, Unit unit, String expected) {
            assertEquals(expected, Figures.natural(number, unit));
        }
    }

    @Nested
    class Difference {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "4     | PERCENT        | 4 points",       // CE 1.5, 24% to 20%
                "-6    | PERCENT        | 6 points",       // a fall is written without its sign
                "1     | PERCENT        | 1 point",        // CE 2.5, 95% to 96%
                "1.0   | PERCENT        | 1 point",
                "-0.65 | PERCENT        | 0.65 points",    // CE 8.3
                "6.10  | PERCENT        | 6.1 points",     // CE 1.13
                "8     | DAYS           | 8 days",         // CE 4.5
                "-682  | COUNT          | 682",            // CE 1.1
                "8081  | COUNT          | \"8,081\"",
                "6.0   | RATE_PER_10000 | \"6 per 10,000\"",
                "25    | CURRENCY       | £25",
        })
        void shouldWriteTheSizeOfAChangeInTheIndicatorsUnit(BigDecimal amount, Unit unit, String expected) {
            assertEquals(expected, Figures.difference(amount, unit));
        }
    }

    @Nested
    class PercentOf {

        @ParameterizedTest(name = "{0} of {1}")
        @CsvSource({
                "33,  300, 11%",   // CE 1.11: 333 against the range 260-300
                "4.2, 40,  11%",   // CE 1.12: 10.5% rounds half up
                "1,   90,  1%",    // Halton CED049: 89% against 90%
                "115, 426, 27%",   // CE 4.5 2016-17
                "-4,  20,  20%",
                "4,   -20, 20%",
        })
        void shouldWriteAPartAsAWholeNumberPercentageOfTheWhole(BigDecimal part, BigDecimal whole, String expected) {
            assertEquals(expected, Figures.percentOf(part, whole));
        }
    }

    @Nested
    class WordingRegressions {

        @Test
        void shouldStateLargeDifferencesExactly() {
            assertEquals("12,345", Figures.difference(new BigDecimal("12345"), Unit.COUNT));
        }

        @Test
        void shouldNotCallARealMissZeroPercent() {
            assertEquals("under 1%", Figures.percentOf(new BigDecimal("0.4"), new BigDecimal("100")));
        }

        @Test
        void shouldWriteTheUnitOnceInARange() {
            assertEquals("53.1-59.7 per 10,000", Figures.range(new BigDecimal("53.1"), new BigDecimal("59.7"), Unit.RATE_PER_10000));
            assertEquals("97%-99%", Figures.range(new BigDecimal("97"), new BigDecimal("99"), Unit.PERCENT));
            assertEquals("10-20 days", Figures.range(new BigDecimal("10"), new BigDecimal("20"), Unit.DAYS));
        }

        @Test
        void shouldReadExactlyInAnyCase() {
            assertEquals(TargetForm.EXACT, TargetText.parse("Exactly 0").orElseThrow().form());
        }
    }
}
