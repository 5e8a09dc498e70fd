package uk.org.councilkpi.importing.check;

import java.util.Map;
import uk.org.councilkpi.common.Refs;

/** What a cell's text looks like, checked by hand rather than by regular expression: these run for every row. */
public final class CellText {

    private CellText() {
    }

    /** A ref as {@link Refs#PATTERN} has it, checked by hand: this runs for every row of a batch. */
    public static boolean isRef(String ref) {
        int n = ref.length();
        if (n == 0 || n > 40 || !isAlphanumeric(ref.charAt(0)) || !isAlphanumeric(ref.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = ref.charAt(i);
            if (!isAlphanumeric(c) && c != ' ' && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** "20", "-0.5", "116.", ".5": digits with an optional sign and point. */
    public static boolean isPlainNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    static boolean allBlank(Map<Column, Cell> cells) {
        for (Cell cell : cells.values()) {
            if (!cell.blank()) {
                return false;
            }
        }
        return true;
    }

    static String numberHint(Cell cell) {
        String text = cell.text() == null ? "" : cell.text();
        if (cell.kind() == Cell.Kind.STRING && isPlainNumber(text.strip())) {
            return "must be a JSON number, not a string: 20, not \"20\"";
        }
        if (cell.kind() != Cell.Kind.TEXT && cell.kind() != Cell.Kind.STRING) {
            return "must be a number";
        }
        if (text.contains("%")) {
            return "must be a plain number, without the % sign: 20 for 20%";
        }
        if (text.contains(",")) {
            return "must be a plain number, without thousands separators: 10681 for 10,681";
        }
        return "must be a plain number, such as 20 or 116.7";
    }
}
