package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes figures the way the councils' reports do: "20.0%", "10,681", "391 days", "£1,250". */
public final class Figures {

    private Figures() {
    }

    /** A figure at the indicator's number of decimal places. */
    public static String format(BigDecimal number, Unit unit, int decimals) {
        String digits = grouped(number.setScale(decimals, RoundingMode.HALF_UP), decimals);
        return decorate(digits, unit);
    }

    /** A figure as written, trailing zeros dropped (targets: "at most 20%"). */
    public static String natural(BigDecimal number, Unit unit) {
        BigDecimal n = number.stripTrailingZeros();
        int scale = Math.max(0, n.scale());
        return decorate(grouped(n.setScale(scale, RoundingMode.UNNECESSARY), scale), unit);
    }

    /** A difference between two figures: percentage points for percent measures. */
    static String difference(BigDecimal amount, Unit unit) {
        BigDecimal n = amount.abs().stripTrailingZeros();
        String digits = grouped(n, Math.max(0, n.scale()));
        if (unit.isPercent()) {
            return digits + (n.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
        }
        return decorate(digits, unit);
    }

    /** {@code part} as a whole-number percentage of {@code whole}: 33 of 300 is "11%"; a sliver is "under 1%". */
    static String percentOf(BigDecimal part, BigDecimal whole) {
        BigDecimal pct = part.abs().multiply(BigDecimal.valueOf(100))
                .divide(whole.abs(), 0, RoundingMode.HALF_UP);
        return pct.signum() == 0 && part.signum() != 0 ? "under 1%" : pct.toPlainString() + "%";
    }

    /** A range as councils write it: "97%-99%", "260-300", "53.1-59.7 per 10,000". */
    static String range(BigDecimal low, BigDecimal high, Unit unit) {
        if (unit.isPercent() || unit == Unit.CURRENCY) {
            return natural(low, unit) + "-" + natural(high, unit);
        }
        BigDecimal n = low.stripTrailingZeros();
        return grouped(n, Math.max(0, n.scale())) + "-" + natural(high, unit);
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String decorate(String digits, Unit unit) {
        return unit == Unit.CURRENCY ? "£" + digits : digits + unit.suffix();
    }

    /** One format per thread and number of decimals: a scorecard writes thousands of figures (DecimalFormat is not thread-safe). */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[16]);

    private static String grouped(BigDecimal number, int decimals) {
        DecimalFormat[] formats = FORMATS.get();
        if (decimals >= formats.length) {
            return newFormat(decimals).format(number);
        }
        if (formats[decimals] == null) {
            formats[decimals] = newFormat(decimals);
        }
        return formats[decimals].format(number);
    }

    private static DecimalFormat newFormat(int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
