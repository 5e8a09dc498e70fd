package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How large and precise a figure may be: what numeric(19, 6) holds. */
class NumberLimitsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "9999999999999.999999,  FITS",
            "-9999999999999.999999, FITS",
            "20,                    FITS",
            "0.000001,              FITS",
            "1.5000000000,          FITS",
            "10000000000000,        TOO_MANY_INTEGER_DIGITS",
            "1E+13,                 TOO_MANY_INTEGER_DIGITS",
            "0.0000001,             TOO_MANY_DECIMALS",
            "1.1234567,             TOO_MANY_DECIMALS"})
    void shouldTellWhetherAFigureFits(String figure, NumberLimits.Fit expected) {
        assertEquals(expected, NumberLimits.fit(new BigDecimal(figure)));
    }

    @Test
    void shouldHaveTheLargestFigureAtTheLimits() {
        assertEquals(new BigDecimal("9999999999999.999999"), NumberLimits.MAXIMUM);
        assertTrue(NumberLimits.fits(null));
    }
}
