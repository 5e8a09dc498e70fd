package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A band around a reference figure: the amber band of a target, or the "broadly the same" band of a
 * direction of travel.
 *
 * <ul>
 *   <li>{@code PERCENT}: the band is that percentage of the reference (15% of a target of 300 is 45).</li>
 *   <li>{@code ABSOLUTE}: the band is the amount itself, in the indicator's unit.</li>
 *   <li>{@link #NONE} is a band of zero: only exact equality is inside it.</li>
 * </ul>
 */
public record Tolerance(ToleranceKind kind, BigDecimal amount) {

    public static final Tolerance NONE = new Tolerance(ToleranceKind.ABSOLUTE, BigDecimal.ZERO);

    public Tolerance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a tolerance cannot be negative");
        }
    }

    public static Tolerance percent(String amount) {
        return new Tolerance(ToleranceKind.PERCENT, new BigDecimal(amount));
    }

    public static Tolerance absolute(String amount) {
        return new Tolerance(ToleranceKind.ABSOLUTE, new BigDecimal(amount));
    }

    /** The width of the band around {@code reference}. */
    public BigDecimal widthAround(BigDecimal reference) {
        if (kind == ToleranceKind.ABSOLUTE) {
            return amount;
        }
        return reference.abs().multiply(amount, MathContext.DECIMAL64).movePointLeft(2);
    }

    public boolean isNone() {
        return amount.signum() == 0;
    }

    /** How the band reads in an explanation: "15%" or "2 points". */
    String describe(Unit unit) {
        return kind == ToleranceKind.PERCENT
                ? Figures.plain(amount) + "%"
                : Figures.difference(amount, unit);
    }
}
