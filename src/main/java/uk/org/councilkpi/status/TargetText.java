package uk.org.councilkpi.status;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target as councils write it.
 *
 * <ul>
 *   <li>"&lt;20%", "&lt;=20", "≤20": {@code AT_MOST}; "&gt;85%", "&gt;=85", "≥85": {@code AT_LEAST}.</li>
 *   <li>"260-300", "53.1 - 59.7", "97%-99%": {@code RANGE}.</li>
 *   <li>"=0", "exactly 0": {@code EXACT}; "82%", "426": {@code VALUE} (its sense comes from the polarity).</li>
 *   <li>"N/A", "none", "-": {@code NONE}. Anything else cannot be read: empty.</li>
 * </ul>
 */
public final class TargetText {

    private static final String NUM = "(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*%?";
    private static final Pattern BOUND = Pattern.compile("(<=|=<|≤|<|>=|=>|≥|>|=|exactly\\s+)\\s*" + NUM,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile(NUM + "\\s*(?:-|–|to)\\s*" + NUM);
    private static final Pattern VALUE = Pattern.compile(NUM);
    private static final Pattern NONE = Pattern.compile("n/?a|none|-|–", Pattern.CASE_INSENSITIVE);

    private TargetText() {
    }

    public static Optional<TargetSpec> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (NONE.matcher(t).matches()) {
            return Optional.of(TargetSpec.NONE);
        }
        Matcher m = BOUND.matcher(t);
        if (m.matches()) {
            String op = m.group(1).strip().toLowerCase();
            TargetForm form = switch (op) {
                case "<", "<=", "=<", "≤" -> TargetForm.AT_MOST;
                case ">", ">=", "=>", "≥" -> TargetForm.AT_LEAST;
                default -> TargetForm.EXACT;
            };
            return Optional.of(new TargetSpec(form, number(m.group(2)), null, null));
        }
        m = RANGE.matcher(t);
        if (m.matches()) {
            BigDecimal low = number(m.group(1));
            BigDecimal high = number(m.group(2));
            return low.compareTo(high) <= 0
                    ? Optional.of(new TargetSpec(TargetForm.RANGE, null, low, high))
                    : Optional.empty();
        }
        m = VALUE.matcher(t);
        if (m.matches()) {
            return Optional.of(new TargetSpec(TargetForm.VALUE, number(m.group(1)), null, null));
        }
        return Optional.empty();
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }
}
