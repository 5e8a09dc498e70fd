package uk.org.councilkpi.importing.read;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import uk.org.councilkpi.importing.check.Column;

/**
 * A spreadsheet's header row (CSV or workbook), read with the same rules whatever the file:
 * <ul>
 *   <li>a name is a {@link Column}'s in any case, with spaces around it;</li>
 *   <li>a column with no name is allowed, but its cells must be empty;</li>
 *   <li>a template's reference columns ({@link #REFERENCE_COLUMNS}) are read past, never imported;</li>
 *   <li>any other name is reported once, here, and its cells are not looked at;</li>
 *   <li>a column named twice, or a missing {@code ref} or {@code period}, makes the rows unreadable.</li>
 * </ul>
 * How a problem is worded (which sheet, which cell) is the reader's: {@link Problems}.
 */
public final class Header {

    /** Columns a template carries for the person filling it in; an import ignores them. */
    public static final List<String> REFERENCE_COLUMNS = List.of("unit", "current_target", "previous_figure",
            "last_year_figure");
    /** A column with no name: its cells must be empty. */
    public static final int NO_NAME = -1;
    /** A column the import does not know, or named twice: its cells are not looked at. */
    public static final int UNKNOWN = -2;
    /** A template's reference column: read past. */
    public static final int REFERENCE = -3;

    private static final Column[] COLUMNS = Column.values();

    /** How a reader reports what is wrong with its header. */
    public interface Problems {
        void unknown(int index, String name);

        void twice(int index, Column column, String name);

        void missing(Column required);
    }

    private final int[] columnOf;
    private final Map<Column, Integer> indexOf = new EnumMap<>(Column.class);
    private boolean readable = true;

    private Header(int size) {
        columnOf = new int[size];
    }

    /**
     * Reads a header of {@code size} names; {@code cut} tells a name the reader could not read whole (it names no
     * column).
     */
    public static Header read(int size, IntFunction<String> names, IntPredicate cut, Problems problems) {
        Header header = new Header(size);
        for (int i = 0; i < size; i++) {
            header.name(i, names.apply(i), cut.test(i), problems);
        }
        for (Column required : new Column[] {Column.REF, Column.PERIOD}) {
            if (!header.indexOf.containsKey(required)) {
                problems.missing(required);
                header.readable = false;
            }
        }
        return header;
    }

    private void name(int index, String name, boolean cut, Problems problems) {
        columnOf[index] = NO_NAME;
        if (name.isBlank() && !cut) {
            return;
        }
        Column column = cut ? null : Column.ofHeader(name).orElse(null);
        if (column == null && REFERENCE_COLUMNS.contains(name.strip().toLowerCase(Locale.ROOT))) {
            columnOf[index] = REFERENCE;
        } else if (column == null) {
            columnOf[index] = UNKNOWN;
            problems.unknown(index, name);
        } else if (indexOf.containsKey(column)) {
            columnOf[index] = UNKNOWN;
            problems.twice(index, column, name);
            readable = false;
        } else {
            indexOf.put(column, index);
            columnOf[index] = column.ordinal();
        }
    }

    /** Whether the rows can be read with this header. */
    public boolean readable() {
        return readable;
    }

    public int size() {
        return columnOf.length;
    }

    /** What the cell at this index is: a column's ordinal, or {@link #NO_NAME}, {@link #UNKNOWN}, {@link #REFERENCE}. */
    public int columnOf(int index) {
        return index < columnOf.length ? columnOf[index] : NO_NAME;
    }

    /** The column at this index, if it names one. */
    public Column column(int index) {
        int c = columnOf(index);
        return c >= 0 ? COLUMNS[c] : null;
    }

    /** Where each named column is. */
    public Map<Column, Integer> indexOf() {
        return Collections.unmodifiableMap(indexOf);
    }
}
