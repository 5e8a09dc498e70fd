package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which states of a figure need a number and which forbid one: the one rule the API, the import and Reading ask. */
class StateNumberTest {

    @ParameterizedTest(name = "{0} with a number {1}: {2}")
    @CsvSource({
            "AVAILABLE,         true,  FITS",
            "AVAILABLE,         false, NUMBER_REQUIRED",
            "SUPPRESSED,        true,  FITS",
            "SUPPRESSED,        false, FITS",
            "NOT_YET_AVAILABLE, true,  NUMBER_FORBIDDEN",
            "NOT_YET_AVAILABLE, false, FITS",
            "NOT_APPLICABLE,    true,  NUMBER_FORBIDDEN",
            "NOT_APPLICABLE,    false, FITS",
            "NOT_PROVIDED,      true,  NUMBER_FORBIDDEN",
            "NOT_PROVIDED,      false, FITS"})
    void shouldTellWhetherAStateGoesWithItsNumber(ValueState state, boolean withNumber, StateNumber expected) {
        assertEquals(expected, StateNumber.of(state, withNumber ? new BigDecimal("20") : null));
    }
}
