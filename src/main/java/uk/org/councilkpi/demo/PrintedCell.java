package uk.org.councilkpi.demo;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.councilkpi.status.ValueState;

/**
 * Reads a figure cell exactly as a council's report printed it.
 *
 * <ul>
 *   <li>"20%", "10,681", "116.7": the number (percent figures are stored as 20, not 0.2).</li>
 *   <li>"84% (provisional)": the number, flagged provisional; any other trailing words ("93% (July fig)",
 *       "113 Q1 only", "96 hours") become the figure's note.</li>
 *   <li>"97%-99%": a band printed where a figure belongs: its lower bound, with the band as the note.</li>
 *   <li>"supressed" / "suppressed": {@code SUPPRESSED}; "N/A ...": {@code NOT_APPLICABLE}, the rest as note.</li>
 *   <li>A blank cell: no figure at all. Anything else cannot be read: {@link #unreadable}.</li>
 * </ul>
 */
record PrintedCell(ValueState state, BigDecimal number, String note, boolean provisional, boolean unreadable) {

    private static final String NUM = "(-?\\d[\\d,]*(?:\\.\\d+)?)";
    private static final Pattern FIGURE = Pattern.compile(NUM + "\\s*%?\\s*(.*)");
    private static final Pattern BAND = Pattern.compile(NUM + "\\s*%?\\s*-\\s*" + NUM + "\\s*%?");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("N/A\\b\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPRESSED = Pattern.compile("supp?ressed", Pattern.CASE_INSENSITIVE);

    static Optional<PrintedCell> read(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.strip();
        if (SUPPRESSED.matcher(text).matches()) {
            return Optional.of(new PrintedCell(ValueState.SUPPRESSED, null, null, false, false));
        }
        Matcher m = NOT_APPLICABLE.matcher(text);
        if (m.matches()) {
            return Optional.of(new PrintedCell(ValueState.NOT_APPLICABLE, null, blankToNull(m.group(1)), false, false));
        }
        m = BAND.matcher(text);
        if (m.matches()) {
            return Optional.of(new PrintedCell(ValueState.AVAILABLE, number(m.group(1)), text, false, false));
        }
        m = FIGURE.matcher(text);
        if (m.matches()) {
            String rest = m.group(2).strip().replaceAll("^\\((.*)\\)$", "$1").strip();
            boolean provisional = rest.equalsIgnoreCase("provisional");
            return Optional.of(new PrintedCell(ValueState.AVAILABLE, number(m.group(1)),
                    provisional ? null : blankToNull(rest), provisional, false));
        }
        return Optional.of(new PrintedCell(ValueState.NOT_PROVIDED, null, null, false, true));
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
