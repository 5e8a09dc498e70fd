package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets as the councils print them, read into a form and its figures. */
class TargetTextTest {

    private static Optional<TargetSpec> single(TargetForm form, String value) {
        return Optional.of(new TargetSpec(form, new BigDecimal(value), null, null));
    }

    @Nested
    class Bounds {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "<20%   | AT_MOST  | 20",    // CE 1.5
                "<15%   | AT_MOST  | 15",    // CE 1.13
                "<12%   | AT_MOST  | 12",    // CE 2.3
                "<=20   | AT_MOST  | 20",
                "=<20   | AT_MOST  | 20",
                "≤20    | AT_MOST  | 20",
                "< 20 % | AT_MOST  | 20",
                ">85%   | AT_LEAST | 85",
                ">=85   | AT_LEAST | 85",
                "=>85   | AT_LEAST | 85",
                "≥85%   | AT_LEAST | 85",
                "=0     | EXACT    | 0",     // CE 10.4's "0 by end of March 2018", as entered
                "= 0    | EXACT    | 0",
                "exactly 0 | EXACT | 0",
                "exactly 100% | EXACT | 100",
                "<10,000 | AT_MOST | 10000",
        })
        void shouldReadABoundOrAnExactTarget(String text, TargetForm form, String value) {
            assertEquals(single(form, value), TargetText.parse(text));
        }
    }

    @Nested
    class Ranges {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "260-300     | 260  | 300",   // CE 1.11
                "35-40       | 35   | 40",    // CE 1.12
                "400-450     | 400  | 450",   // CE 2.1
                "53.1 - 59.7 | 53.1 | 59.7",  // CE 2.2
                "97%-99%     | 97   | 99",    // CE 7.6
                "97% - 99%   | 97   | 99",
                "260–300     | 260  | 300",   // en dash
                "260 to 300  | 260  | 300",
                "1,000-2,500 | 1000 | 2500",
                "40-40       | 40   | 40",
        })
        void shouldReadARange(String text, String low, String high) {
            assertEquals(Optional.of(TargetSpec.range(low, high)), TargetText.parse(text));
        }

        @Test
        void shouldNotReadARangeWrittenHighToLow() {
            assertEquals(Optional.empty(), TargetText.parse("300-260"));
        }
    }

    @Nested
    class Values {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "82%    | 82",    // Halton CED001
                "5%     | 5",     // Halton CED025
                "0%     | 0",     // CE 1.14
                "100%   | 100",   // CE 1.16
                "426    | 426",   // CE 4.5
                "24.6   | 24.6",  // Halton SCS CYP07
                "0.35%  | 0.35",  // Halton CED026
                "1,250  | 1250",
                "\" 85% \" | 85",
                "-5     | -5",
        })
        void shouldReadASingleFigureWhoseSenseComesFromThePolarity(String text, String value) {
            assertEquals(single(TargetForm.VALUE, value), TargetText.parse(text));
        }
    }

    @Nested
    class NoTarget {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"N/A", "n/a", "NA", "none", "None", "-", "–", " N/A "})
        void shouldReadExplicitlyNoTarget(String text) {
            // Halton prints "N/A" in its 15/16 target column for CED012, CED034, CED043 and CED044
            assertEquals(Optional.of(TargetSpec.NONE), TargetText.parse(text));
        }
    }

    @Nested
    class Unreadable {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {
                "· ·",                     // CE 10.4's target cell, garbled in the conversion
                "72 hours",                // Halton CED010: a unit the parser does not know
                "0 by end of March 2018",  // words after the figure: the officer enters "=0"
                "about 20%",
                "20%%",
                "<",
                "abc",
                "",
                "   ",
        })
        void shouldNotReadAnythingElse(String text) {
            assertEquals(Optional.empty(), TargetText.parse(text));
        }

        @Test
        void shouldNotReadNull() {
            assertEquals(Optional.empty(), TargetText.parse(null));
        }
    }
}
