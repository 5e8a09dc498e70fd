package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The amber band of a target and the "broadly the same" band of a direction. */
class ToleranceTest {

    @ParameterizedTest(name = "{0} {1} around {2}")
    @CsvSource({
            "PERCENT,  15,  300, 45",     // CE 1.11: 15% of the range's top
            "PERCENT,  5,   90,  4.5",    // Halton CED049
            "PERCENT,  15,  0,   0",      // CE 1.14: a percentage of a zero target is nothing
            "PERCENT,  10,  -20, 2",
            "ABSOLUTE, 2,   90,  2",
            "ABSOLUTE, 2,   0,   2",
    })
    void shouldGiveTheBandsWidthAroundTheReference(ToleranceKind kind, BigDecimal amount, BigDecimal reference,
                                                   BigDecimal width) {
        BigDecimal actual = new Tolerance(kind, amount).widthAround(reference);

        assertEquals(0, width.compareTo(actual), () -> "expected " + width + " but was " + actual);
    }

    @Test
    void shouldTreatAZeroAmountOfEitherKindAsNoTolerance() {
        assertTrue(Tolerance.NONE.isNone());
        assertTrue(Tolerance.percent("0").isNone());
        assertTrue(Tolerance.absolute("0.0").isNone());
        assertFalse(Tolerance.percent("15").isNone());
    }

    @Test
    void shouldRejectANegativeTolerance() {
        assertThrows(IllegalArgumentException.class, () -> Tolerance.percent("-5"));
        assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute("-1"));
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "PERCENT  | 15.0 | COUNT   | 15%",
            "PERCENT  | 2.5  | PERCENT | 2.5%",
            "ABSOLUTE | 2    | PERCENT | 2 points",
            "ABSOLUTE | 1    | PERCENT | 1 point",
            "ABSOLUTE | 10   | DAYS    | 10 days",
            "ABSOLUTE | 100  | CURRENCY| £100",
    })
    void shouldDescribeItselfForAnExplanation(ToleranceKind kind, BigDecimal amount, Unit unit, String expected) {
        assertEquals(expected, new Tolerance(kind, amount).describe(unit));
    }
}
