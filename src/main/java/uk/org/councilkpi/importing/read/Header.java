package uk.org.councilkpi.importing.read;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import uk.org.councilkpi.importing.check.Columns;

/**
 * A spreadsheet's header row (CSV or workbook), read with the same rules whatever the file and the kind of batch:
 * <ul>
 *   <li>a name is a column's ({@link Columns}) in any case, with spaces around it;</li>
 *   <li>a column with no name is allowed (what its cells may hold is the reader's to say);</li>
 *   <li>the names a kind of batch reads past (a template's reference columns) are never imported;</li>
 *   <li>any other name is reported once, here, and its cells are not looked at;</li>
 *   <li>a column named twice, or a required one missing, makes the rows unreadable.</li>
 * </ul>
 * How a problem is worded (which sheet, which cell) is the reader's: {@link Problems}.
 */
public final class Header<C extends Enum<C>> {

    /** A column with no name. */
    public static final int NO_NAME = -1;
    /** A column the import does not know, or named twice: its cells are not looked at. */
    public static final int UNKNOWN = -2;
    /** A column read past. */
    public static final int REFERENCE = -3;

    /** How a reader reports what is wrong with its header. */
    public interface Problems<C> {
        void unknown(int index, String name);

        void twice(int index, C column, String name);

        void missing(C required);
    }

    private final Columns<C> columns;
    private final C[] constants;
    private final int[] columnOf;
    private final Map<C, Integer> indexOf;
    private boolean readable = true;

    private Header(Columns<C> columns, int size) {
        this.columns = columns;
        this.constants = columns.type().getEnumConstants();
        this.columnOf = new int[size];
        this.indexOf = new EnumMap<>(columns.type());
    }

    /**
     * Reads a header of {@code size} names; {@code cut} tells a name the reader could not read whole (it names no
     * column).
     */
    public static <C extends Enum<C>> Header<C> read(Columns<C> columns, int size, IntFunction<String> names,
                                                     IntPredicate cut, Problems<C> problems) {
        Header<C> header = new Header<>(columns, size);
        for (int i = 0; i < size; i++) {
            header.name(i, names.apply(i), cut.test(i), problems);
        }
        for (C required : columns.required()) {
            if (!header.indexOf.containsKey(required)) {
                problems.missing(required);
                header.readable = false;
            }
        }
        return header;
    }

    private void name(int index, String name, boolean cut, Problems<C> problems) {
        columnOf[index] = NO_NAME;
        if (name.isBlank() && !cut) {
            return;
        }
        C column = cut ? null : columns.ofHeader(name).orElse(null);
        if (column == null && columns.readPast().contains(name.strip().toLowerCase(Locale.ROOT))) {
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
    public C column(int index) {
        int c = columnOf(index);
        return c >= 0 ? constants[c] : null;
    }

    /** Where each named column is. */
    public Map<C, Integer> indexOf() {
        return Collections.unmodifiableMap(indexOf);
    }
}
