package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as the rules see it: its state and, when it has one, its number.
 *
 * <ul>
 *   <li>{@code AVAILABLE} always has a number; {@code SUPPRESSED} may keep one, which is never used.</li>
 *   <li>Every other state has no number.</li>
 * </ul>
 * (the rule of {@link StateNumber}).
 */
public record Reading(ValueState state, BigDecimal number) {

    public Reading {
        Objects.requireNonNull(state, "state");
        switch (StateNumber.of(state, number)) {
            case NUMBER_REQUIRED -> throw new IllegalArgumentException("an available figure needs a number");
            case NUMBER_FORBIDDEN -> throw new IllegalArgumentException("a figure in state " + state + " has no number");
            case FITS -> { }
        }
    }

    public static Reading of(BigDecimal number) {
        return new Reading(ValueState.AVAILABLE, number);
    }

    public static Reading of(String number) {
        return of(new BigDecimal(number));
    }

    public static Reading state(ValueState state) {
        return new Reading(state, null);
    }

    /** The number the rules may use: only an available figure's. */
    public Optional<BigDecimal> usableNumber() {
        return state == ValueState.AVAILABLE ? Optional.of(number) : Optional.empty();
    }
}
