package uk.org.councilkpi.importing.check;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.org.councilkpi.status.ValueState;

/**
 * What a person means by the words and numbers they type in a spreadsheet (a CSV saved from Excel, or a workbook),
 * as councils print them. JSON batches are read strictly instead. The table (also in the README):
 *
 * <table>
 *   <tr><th>written (any case)</th><th>read as</th></tr>
 *   <tr><td>{@code N/A}, {@code NA}, {@code not applicable}, {@code -}</td><td>state NOT_APPLICABLE</td></tr>
 *   <tr><td>{@code not available}, {@code not yet available}, {@code NYA}</td><td>state NOT_YET_AVAILABLE</td></tr>
 *   <tr><td>{@code suppressed}, {@code supressed}, {@code *}</td><td>state SUPPRESSED</td></tr>
 *   <tr><td>{@code not provided}, {@code information requested, not provided}</td><td>state NOT_PROVIDED</td></tr>
 *   <tr><td>{@code yes}, {@code y}, {@code true}; {@code no}, {@code n}, {@code false}</td><td>a flag, true; false</td></tr>
 *   <tr><td>{@code 1,234.5} (groups of three digits)</td><td>1234.5</td></tr>
 *   <tr><td>{@code 85%}</td><td>85, for an indicator whose unit is PERCENT only (checked against the indicator)</td></tr>
 * </table>
 * The words are accepted in the value column and in the state column; a state column's own names (AVAILABLE, ...)
 * too. Anything else that is not a plain number is refused, with the fix in the message: nothing is guessed.
 */
public final class SpreadsheetWords {

    private static final Map<String, ValueState> STATES = Map.ofEntries(
            Map.entry("n/a", ValueState.NOT_APPLICABLE), Map.entry("na", ValueState.NOT_APPLICABLE),
            Map.entry("not applicable", ValueState.NOT_APPLICABLE), Map.entry("-", ValueState.NOT_APPLICABLE),
            Map.entry("not available", ValueState.NOT_YET_AVAILABLE),
            Map.entry("not yet available", ValueState.NOT_YET_AVAILABLE),
            Map.entry("nya", ValueState.NOT_YET_AVAILABLE),
            Map.entry("suppressed", ValueState.SUPPRESSED), Map.entry("supressed", ValueState.SUPPRESSED),
            Map.entry("*", ValueState.SUPPRESSED),
            Map.entry("not provided", ValueState.NOT_PROVIDED),
            Map.entry("information requested, not provided", ValueState.NOT_PROVIDED),
            Map.entry("information requested not provided", ValueState.NOT_PROVIDED));
    private static final Map<String, Boolean> FLAGS = Map.of("yes", true, "y", true, "true", true,
            "no", false, "n", false, "false", false);
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private SpreadsheetWords() {
    }

    /** A number as typed: plain, grouped in thousands, or a percentage. */
    record Number(BigDecimal value, boolean percent, String readAs) {
    }

    /** The state a word names, if it names one. */
    static Optional<ValueState> state(String text) {
        return Optional.ofNullable(STATES.get(normal(text)));
    }

    static Optional<Boolean> flag(String text) {
        return Optional.ofNullable(FLAGS.get(normal(text)));
    }

    /** A number typed with thousands separators or a % sign; empty if it is a plain number or no number at all. */
    static Optional<Number> number(String text) {
        String t = text.strip();
        boolean percent = t.endsWith("%");
        String digits = percent ? t.substring(0, t.length() - 1).strip() : t;
        boolean grouped = GROUPED.matcher(digits).matches();
        if (grouped) {
            digits = digits.replace(",", "");
        }
        if ((!percent && !grouped) || !CellText.isPlainNumber(digits)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(digits);
        return Optional.of(new Number(value, percent, "'" + t + "' read as " + value.toPlainString()
                + (percent ? " (a percentage)" : "")));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
