package uk.org.councilkpi.status;

import java.math.BigDecimal;

/**
 * How large and how precise a figure may be: what the database's numeric(19, 6) columns hold.
 * <ul>
 *   <li>at most {@value #INTEGER_DIGITS} digits before the decimal point;</li>
 *   <li>at most {@value #FRACTION_DIGITS} after it (trailing zeros do not count).</li>
 * </ul>
 * The API's {@code @Digits} annotations, the target text read by the API and every import row check against these.
 */
public final class NumberLimits {

    public static final int INTEGER_DIGITS = 13;
    public static final int FRACTION_DIGITS = 6;
    /** The largest figure a column holds: 13 nines, then 6. */
    public static final BigDecimal MAXIMUM = BigDecimal.TEN.pow(INTEGER_DIGITS)
            .subtract(BigDecimal.ONE.movePointLeft(FRACTION_DIGITS));

    /** Whether a figure fits, and if not, which way it is too big. */
    public enum Fit { FITS, TOO_MANY_INTEGER_DIGITS, TOO_MANY_DECIMALS }

    private NumberLimits() {
    }

    public static Fit fit(BigDecimal figure) {
        BigDecimal n = figure.stripTrailingZeros();
        if (n.precision() - n.scale() > INTEGER_DIGITS) {
            return Fit.TOO_MANY_INTEGER_DIGITS;
        }
        return n.scale() > FRACTION_DIGITS ? Fit.TOO_MANY_DECIMALS : Fit.FITS;
    }

    /** Whether a figure fits; no figure fits too. */
    public static boolean fits(BigDecimal figure) {
        return figure == null || fit(figure) == Fit.FITS;
    }
}
