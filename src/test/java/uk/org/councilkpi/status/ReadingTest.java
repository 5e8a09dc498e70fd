package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A figure's state and number as the rules see them. */
class ReadingTest {

    @Test
    void shouldOfferAnAvailableFiguresNumber() {
        assertEquals(Optional.of(new BigDecimal("391")), Reading.of("391").usableNumber());
    }

    @Test
    void shouldNeverOfferASuppressedFiguresNumber() {
        Reading suppressed = new Reading(ValueState.SUPPRESSED, new BigDecimal("3"));

        assertEquals(Optional.empty(), suppressed.usableNumber());
        assertEquals(new BigDecimal("3"), suppressed.number());
    }

    @Test
    void shouldRequireANumberForAnAvailableFigure() {
        assertThrows(IllegalArgumentException.class, () -> new Reading(ValueState.AVAILABLE, null));
        assertThrows(NullPointerException.class, () -> new Reading(null, BigDecimal.ONE));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ValueState.class, names = {"NOT_YET_AVAILABLE", "NOT_APPLICABLE", "NOT_PROVIDED"})
    void shouldRefuseANumberForAStateWithoutOne(ValueState state) {
        assertThrows(IllegalArgumentException.class, () -> new Reading(state, BigDecimal.ONE));
        assertEquals(Optional.empty(), Reading.state(state).usableNumber());
    }
}
