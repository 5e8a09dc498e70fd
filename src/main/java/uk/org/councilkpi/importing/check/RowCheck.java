package uk.org.councilkpi.importing.check;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.org.councilkpi.common.Refs;
import uk.org.councilkpi.period.InvalidPeriodException;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.status.NumberLimits;
import uk.org.councilkpi.status.StateNumber;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.TargetText;
import uk.org.councilkpi.status.ValueState;

/**
 * Reads one row of a batch on its own, naming every cell at fault, not only the first.
 *
 * <ul>
 *   <li>{@code ref} and {@code period} are required; a period is {@code 2017-18} or {@code 2017-18-Q2}.</li>
 *   <li>A {@code value} or a {@code state} makes the row set a figure: the state defaults to AVAILABLE, which needs a
 *       value; SUPPRESSED may keep one; the other states have none. Values are plain numbers (20 for 20%), at most
 *       13 digits before the point and 6 after.</li>
 *   <li>A {@code target} makes it set a target, read as councils write them ("&lt;20%", "260-300", "N/A").</li>
 *   <li>{@code provisional}, {@code estimated} (true or false; empty is false), {@code note} (200 characters) and
 *       {@code commentary} (10,000) belong to a figure. A row that sets nothing is an error.</li>
 *   <li>In JSON, types are strict: 20, not "20", for a value; true, not "true", for a flag.</li>
 * </ul>
 * A row whose ref can be read goes on (even with other errors) so that the checks across rows see it.
 */
public final class RowCheck {

    private static final String STATES = String.join(", ", Arrays.stream(ValueState.values()).map(Enum::name).toList());
    /** The periods read so far, by their text: at most the few hundred valid ones, so a batch parses each once. */
    private static final Map<String, String> PERIODS = new ConcurrentHashMap<>();
    private static final Map<String, ValueState> STATE_NAMES = new HashMap<>();

    static {
        for (ValueState state : ValueState.values()) {
            STATE_NAMES.put(state.name(), state);
        }
    }

    private final int row;
    private final RowSink sink;
    private boolean failed;
    /** A spreadsheet's row (CSV or workbook cells, not JSON): read as a person means it ({@link SpreadsheetWords}). */
    private boolean spreadsheet;
    private boolean percent;
    private final java.util.List<String> readAs = new java.util.ArrayList<>();

    RowCheck(int row, RowSink sink) {
        this.row = row;
        this.sink = sink;
    }

    /** Checks a row of cells as sent (absent columns are missing from the map). */
    public static void check(int row, Map<Column, Cell> cells, RowSink sink) {
        new RowCheck(row, sink).check(cells);
    }

    private void check(Map<Column, Cell> cells) {
        spreadsheet = !cells.isEmpty() && cells.values().stream().allMatch(c -> c.kind() == Cell.Kind.TEXT);
        if (spreadsheet && setsNothing(cells)) {
            sink.skipped(row); // a blank row, or a template row left as it was
            return;
        }
        if (CellText.allBlank(cells)) {
            error(null, null, RowErrorCode.EMPTY_ROW, "is empty");
            return;
        }
        cells.forEach(this::damaged);
        String ref = ref(cells.get(Column.REF));
        String period = period(cells.get(Column.PERIOD));
        Cell value = typed(cells, Column.VALUE);
        Cell state = present(cells, Column.STATE);
        boolean setsFigure = value != null || state != null;
        ImportRow.Figure figure = setsFigure ? figure(cells, value, state) : null;
        if (!setsFigure) {
            for (Column c : new Column[] {Column.PROVISIONAL, Column.ESTIMATED, Column.NOTE, Column.COMMENTARY}) {
                Cell cell = present(cells, c);
                if (cell != null && !(cell.kind() == Cell.Kind.BOOLEAN && cell.text().equals("false"))) {
                    error(c, cell, RowErrorCode.STATE_MISMATCH, "belongs to a figure: give a value or a state as well");
                }
            }
        }
        Cell targetCell = present(cells, Column.TARGET);
        ImportRow.Target target = targetCell == null ? null : target(targetCell);
        if (!setsFigure && target == null && !failed) {
            error(null, null, RowErrorCode.EMPTY_ROW, "sets nothing: give a value, a state or a target (or remove the row)");
        }
        if (ref != null) {
            Cell title = present(cells, Column.TITLE);
            sink.row(new ImportRow(row, ref, period, figure, target,
                    title == null || !title.isText() || !readable(title) ? null : title.text().strip(), percent,
                    java.util.List.copyOf(readAs)));
        }
    }

    /** Nothing but a ref, a period, a title (or nothing at all): no figure, target, flag or words of a figure. */
    private static boolean setsNothing(Map<Column, Cell> cells) {
        for (Column c : new Column[] {Column.VALUE, Column.STATE, Column.TARGET, Column.PROVISIONAL, Column.ESTIMATED,
                Column.NOTE, Column.COMMENTARY}) {
            if (present(cells, c) != null) {
                return false;
            }
        }
        return true;
    }

    /** Cells that cannot be read at all: cut short by the reader, or holding a NUL (a binary file). */
    private void damaged(Column column, Cell cell) {
        if (column == Column.TITLE) {
            return;
        }
        if (cell.truncated()) {
            error(column, cell, RowErrorCode.TOO_LONG, "is longer than " + column.maxLength() + " characters");
        } else if (cell.text() != null && cell.text().indexOf('\0') >= 0) {
            error(column, cell, RowErrorCode.ENCODING, "contains a NUL character: is this a binary file?");
        }
    }

    private boolean readable(Cell cell) {
        return !cell.truncated() && (cell.text() == null || cell.text().indexOf('\0') < 0);
    }

    /**
     * A required cell's text, stripped; null when it has none: missing or not text is an error ({@code code}, with
     * what it {@code needs}); a cell that cannot be read at all was reported already.
     */
    private String required(Column column, Cell cell, RowErrorCode code, String needs, String example) {
        if (cell == null || cell.blank()) {
            error(column, cell, code, "is required: " + needs);
            return null;
        }
        if (!readable(cell)) {
            return null;
        }
        if (!cell.isText()) {
            error(column, cell, code, "must be a string" + example);
            return null;
        }
        return cell.text().strip();
    }

    String ref(Cell cell) {
        String ref = required(Column.REF, cell, RowErrorCode.UNKNOWN_REF, "the indicator's ref, e.g. 1.5",
                ": \"1.5\", not 1.5");
        if (ref != null && !CellText.isRef(ref)) {
            error(Column.REF, cell, RowErrorCode.UNKNOWN_REF, "is not an indicator's ref: a ref " + Refs.MESSAGE);
            return null;
        }
        return ref;
    }

    String period(Cell cell) {
        String text = required(Column.PERIOD, cell, RowErrorCode.INVALID_PERIOD, Period.FORMAT,
                ", such as \"2017-18-Q2\"");
        if (text == null) {
            return null;
        }
        String known = PERIODS.get(text);
        if (known != null) {
            return known;
        }
        try {
            String code = Period.parse(text).code();
            PERIODS.put(text, code);
            return code;
        } catch (InvalidPeriodException e) {
            error(Column.PERIOD, cell, RowErrorCode.INVALID_PERIOD, e.getMessage());
            return null;
        }
    }

    private ImportRow.Figure figure(Map<Column, Cell> cells, Cell valueCell, Cell stateCell) {
        boolean before = failed;
        failed = false;
        ValueState wordInValue = spreadsheet && valueCell != null && readable(valueCell)
                ? SpreadsheetWords.state(valueCell.text()).orElse(null) : null;
        BigDecimal number = valueCell == null || wordInValue != null ? null : number(valueCell);
        ValueState state = stateCell == null ? ValueState.AVAILABLE : state(stateCell);
        if (wordInValue != null) {
            if (stateCell != null && state != null && state != wordInValue) {
                error(Column.VALUE, valueCell, RowErrorCode.STATE_MISMATCH, "reads as " + wordInValue
                        + ", but the state column says " + state + ": give one of them");
            } else {
                readAs.add("value '" + valueCell.text().strip() + "' read as state " + wordInValue);
                state = wordInValue;
            }
        }
        boolean provisional = flag(Column.PROVISIONAL, cells.get(Column.PROVISIONAL));
        boolean estimated = flag(Column.ESTIMATED, cells.get(Column.ESTIMATED));
        String note = text(Column.NOTE, cells.get(Column.NOTE));
        String commentary = text(Column.COMMENTARY, cells.get(Column.COMMENTARY));
        StateNumber fit = failed ? StateNumber.FITS : StateNumber.of(state, number);
        if (fit == StateNumber.NUMBER_REQUIRED) {
            error(Column.VALUE, valueCell, RowErrorCode.STATE_MISMATCH, stateCell == null
                    ? "is required, or give a state such as NOT_YET_AVAILABLE" : "is required for an AVAILABLE figure");
        } else if (fit == StateNumber.NUMBER_FORBIDDEN) {
            error(Column.VALUE, valueCell, RowErrorCode.STATE_MISMATCH, "must be empty for a figure in state " + state);
        }
        boolean ok = !failed;
        failed |= before;
        return ok ? new ImportRow.Figure(state, number, provisional, estimated, note, commentary) : ImportRow.Figure.UNREADABLE;
    }

    private BigDecimal number(Cell cell) {
        if (!readable(cell)) {
            return null;
        }
        String text = cell.text().strip();
        boolean json = cell.kind() == Cell.Kind.NUMBER;
        if (spreadsheet && !CellText.isPlainNumber(text)) {
            var written = SpreadsheetWords.number(text);
            if (written.isPresent()) {
                readAs.add("value " + written.get().readAs());
                percent = written.get().percent();
                BigDecimal n = written.get().value();
                return fits(Column.VALUE, cell, n, RowErrorCode.INVALID_NUMBER) ? n : null;
            }
            error(Column.VALUE, cell, RowErrorCode.INVALID_NUMBER, "must be a number (20, 1,234 or 85%), or a word"
                    + " for a figure without one: N/A, not available, suppressed, not provided (or use the state column)");
            return null;
        }
        if (!json && (cell.kind() != Cell.Kind.TEXT || !CellText.isPlainNumber(text))) {
            error(Column.VALUE, cell, RowErrorCode.INVALID_NUMBER, CellText.numberHint(cell));
            return null;
        }
        BigDecimal n = new BigDecimal(text);
        return fits(Column.VALUE, cell, n, RowErrorCode.INVALID_NUMBER) ? n : null;
    }

    private ValueState state(Cell cell) {
        if (!readable(cell)) {
            return null;
        }
        String name = cell.isText() ? cell.text().strip().toUpperCase(Locale.ROOT).replace(' ', '_') : "";
        ValueState state = STATE_NAMES.get(name);
        if (state == null && spreadsheet) {
            state = SpreadsheetWords.state(cell.text()).orElse(null);
            if (state != null) {
                readAs.add("state '" + cell.text().strip() + "' read as " + state);
            }
        }
        if (state == null) {
            error(Column.STATE, cell, RowErrorCode.INVALID_STATE, "must be one of " + STATES + (spreadsheet
                    ? ", or a word such as N/A, not available, suppressed, not provided" : ""));
        }
        return state;
    }

    private boolean flag(Column column, Cell cell) {
        if (cell == null || cell.blankAsTyped() || !readable(cell)) { // as typed(): a blank JSON string is refused below
            return false;
        }
        if (cell.kind() == Cell.Kind.BOOLEAN) {
            return cell.text().equals("true");
        }
        String text = cell.text().strip().toLowerCase(Locale.ROOT);
        if (cell.kind() == Cell.Kind.TEXT && SpreadsheetWords.flag(text).isPresent()) {
            if (!text.equals("true") && !text.equals("false")) {
                readAs.add(column.header() + " '" + cell.text().strip() + "' read as " + SpreadsheetWords.flag(text).get());
            }
            return SpreadsheetWords.flag(text).get();
        }
        error(column, cell, RowErrorCode.INVALID_FLAG, cell.kind() == Cell.Kind.STRING
                ? "must be true or false, not a string" : "must be true or false, yes or no (empty is false)");
        return false;
    }

    private String text(Column column, Cell cell) {
        if (cell == null || cell.blank() || !readable(cell)) {
            return null;
        }
        if (!cell.isText()) {
            error(column, cell, RowErrorCode.MALFORMED, "must be a string");
            return null;
        }
        String text = cell.text().strip();
        if (text.length() > column.maxLength()) {
            error(column, cell, RowErrorCode.TOO_LONG, "is longer than " + column.maxLength() + " characters");
            return null;
        }
        return text;
    }

    private ImportRow.Target target(Cell cell) {
        if (!readable(cell)) {
            return ImportRow.Target.UNREADABLE;
        }
        if (!cell.isText() && cell.kind() != Cell.Kind.NUMBER) {
            error(Column.TARGET, cell, RowErrorCode.INVALID_TARGET, "must be a string, such as \"<20%\"");
            return ImportRow.Target.UNREADABLE;
        }
        String text = cell.text().strip();
        if (text.length() > Column.TARGET.maxLength()) {
            error(Column.TARGET, cell, RowErrorCode.TOO_LONG, "is longer than " + Column.TARGET.maxLength() + " characters");
            return ImportRow.Target.UNREADABLE;
        }
        Optional<TargetSpec> spec = TargetText.parse(text);
        if (spec.isEmpty()) {
            error(Column.TARGET, cell, RowErrorCode.INVALID_TARGET,
                    "cannot be read as a target: write e.g. 82%, <20%, >=85, 260-300 or N/A");
            return ImportRow.Target.UNREADABLE;
        }
        TargetSpec s = spec.get();
        for (BigDecimal figure : new BigDecimal[] {s.value(), s.low(), s.high()}) {
            if (figure != null && !fits(Column.TARGET, cell, figure, RowErrorCode.INVALID_TARGET)) {
                return ImportRow.Target.UNREADABLE;
            }
        }
        return new ImportRow.Target(s, text);
    }

    /** Whether a figure fits the numeric(19, 6) columns; if not, the error says which way it is too big. */
    boolean fits(Column column, Cell cell, BigDecimal figure, RowErrorCode code) {
        switch (NumberLimits.fit(figure)) {
            case TOO_MANY_INTEGER_DIGITS -> error(column, cell, code, "has more than " + NumberLimits.INTEGER_DIGITS
                    + " digits before the decimal point");
            case TOO_MANY_DECIMALS -> error(column, cell, code, "has more than " + NumberLimits.FRACTION_DIGITS
                    + " decimal places");
            case FITS -> {
                return true;
            }
        }
        return false;
    }

    private static Cell present(Map<Column, Cell> cells, Column column) {
        Cell cell = cells.get(column);
        return cell == null || cell.blank() ? null : cell;
    }

    /** A cell where a number or a true/false goes, if given: a JSON string, even blank, is given (of the wrong type). */
    private static Cell typed(Map<Column, Cell> cells, Column column) {
        Cell cell = cells.get(column);
        return cell == null || cell.blankAsTyped() ? null : cell;
    }

    void error(Column column, Cell cell, RowErrorCode code, String reason) {
        failed = true;
        sink.error(new RowError(row, column == null ? null : column.header(), cell == null ? null : cell.text(),
                reason, code));
    }
}
