package uk.org.councilkpi.status;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A target's figures must fit its form. */
class TargetSpecTest {

    @Test
    void shouldRejectARangeWithoutBothEndsOrWrittenHighToLow() {
        assertThrows(IllegalArgumentException.class, () -> TargetSpec.range("300", "260"));
        assertThrows(IllegalArgumentException.class,
                () -> new TargetSpec(TargetForm.RANGE, null, new BigDecimal("260"), null));
        assertThrows(IllegalArgumentException.class,
                () -> new TargetSpec(TargetForm.RANGE, BigDecimal.ONE, new BigDecimal("260"), new BigDecimal("300")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TargetForm.class, names = {"VALUE", "AT_LEAST", "AT_MOST", "EXACT"})
    void shouldRequireASingleFigureWithoutEnds(TargetForm form) {
        assertThrows(IllegalArgumentException.class, () -> new TargetSpec(form, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new TargetSpec(form, BigDecimal.ONE, BigDecimal.ZERO, null));
    }

    @Test
    void shouldRejectFiguresOnNoTarget() {
        assertThrows(IllegalArgumentException.class, () -> new TargetSpec(TargetForm.NONE, BigDecimal.ONE, null, null));
        assertThrows(NullPointerException.class, () -> new TargetSpec(null, BigDecimal.ONE, null, null));
    }
}
