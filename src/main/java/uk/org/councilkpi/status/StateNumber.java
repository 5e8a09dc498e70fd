package uk.org.councilkpi.status;

import java.math.BigDecimal;

/**
 * Whether a figure's state goes with its number:
 * <ul>
 *   <li>{@code AVAILABLE} needs a number;</li>
 *   <li>{@code SUPPRESSED} may keep one (shown to editors only, never rated) or have none;</li>
 *   <li>every other state has none.</li>
 * </ul>
 * The API, the import and {@link Reading} ask this one rule; each says the fault in its own words.
 */
public enum StateNumber {
    FITS,
    NUMBER_REQUIRED,
    NUMBER_FORBIDDEN;

    public static StateNumber of(ValueState state, BigDecimal number) {
        if (state == ValueState.AVAILABLE) {
            return number == null ? NUMBER_REQUIRED : FITS;
        }
        return state != ValueState.SUPPRESSED && number != null ? NUMBER_FORBIDDEN : FITS;
    }
}
