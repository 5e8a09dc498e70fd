package uk.org.councilkpi.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.importing.check.Cell;
import uk.org.councilkpi.importing.check.Column;
import uk.org.councilkpi.importing.check.RowCheck;
import uk.org.councilkpi.importing.check.RowSink;

/**
 * Reads a CSV batch: UTF-8 (a byte-order mark is allowed), a header row naming the columns in any order and any
 * case ({@code ref} and {@code period} required), then one row per (ref, period). Rows are numbered as records, the
 * header being row 1. Every row is checked and passed on as it is read: nothing is kept but the current record.
 *
 * <ul>
 *   <li>Empty rows are errors, except at the end of the file (spreadsheets leave some).</li>
 *   <li>A column with no name is ignored while its cells are empty (spreadsheets leave those too).</li>
 *   <li>Fewer cells than the header: the missing ones are empty. More: an error, unless the extra ones are empty.</li>
 * </ul>
 */
public final class CsvBatchReader {

    /** Enough for the longest cell (a commentary of 10,000 characters) and one more, to tell it is too long. */
    static final int MAX_CELL_CHARS = Column.COMMENTARY.maxLength() + 1;

    private final CsvRecords records;
    private final RowSink sink;
    private Header<Column> header;
    private int headerSize;

    private CsvBatchReader(InputStream body, RowSink sink) {
        this.records = CsvRecords.utf8(body, MAX_CELL_CHARS);
        this.sink = sink;
    }

    /** Reads the batch into the sink; returns the number of data rows. */
    public static int read(InputStream body, RowSink sink) throws IOException {
        return new CsvBatchReader(body, sink).read();
    }

    private int read() throws IOException {
        boolean any = records.next();
        boolean blankFirst = any && records.blank();
        while (any && records.blank()) {
            any = records.next();
        }
        if (!any) {
            error(0, null, null, RowErrorCode.EMPTY_FILE, "The file is empty: it needs a header row"
                    + " (ref,period,value,...) and then one row per figure or target");
            return 0;
        }
        if (blankFirst) {
            error(1, null, null, RowErrorCode.HEADER_MISSING_COLUMN,
                    "The first row is empty: it must be the header (ref,period,value,...)");
            return 0;
        }
        if (!header()) {
            return 0;
        }
        int rows = 0;
        int firstBlank = 0;
        int blanks = 0;
        while (records.next()) {
            if (records.blank()) {
                firstBlank = blanks++ == 0 ? records.number() : firstBlank;
                continue;
            }
            for (int i = 0; i < blanks; i++) {
                sink.skipped(firstBlank + i); // a blank row, or Excel's ",,,,": skipped, as a person means it
            }
            rows += blanks + 1;
            blanks = 0;
            row();
        }
        if (rows == 0) {
            error(0, null, null, RowErrorCode.NO_ROWS, "The file has a header but no rows");
        }
        return rows;
    }

    /** Reads the header; false when the rows cannot be read with it. */
    private boolean header() throws IOException {
        if (records.count() > CsvRecords.MAX_FIELDS) {
            error(1, null, null, RowErrorCode.MALFORMED, "The header has " + records.count() + " columns; an import has"
                    + " at most " + Column.values().length + ": " + Column.ALL.names());
            return false;
        }
        if (records.firstMalformed() >= 0) {
            error(1, null, null, RowErrorCode.ENCODING, "The header is not valid UTF-8: save the file as CSV UTF-8");
        }
        boolean readable = records.quoting() != CsvRecords.Quoting.UNCLOSED_QUOTE;
        if (!readable) {
            error(1, null, null, RowErrorCode.MALFORMED, "The header opens a quoted cell that is not closed");
        }
        header = Header.read(Column.ALL, records.count(), records::field, records::truncated, new Header.Problems<>() {
            @Override
            public void unknown(int index, String name) {
                error(1, name, name, RowErrorCode.HEADER_UNKNOWN_COLUMN, "is not a column of the import: "
                        + Column.ALL.names() + " (in any order and case)");
            }

            @Override
            public void twice(int index, Column column, String name) {
                error(1, name, name, RowErrorCode.MALFORMED, "appears twice in the header");
            }

            @Override
            public void missing(Column required) {
                error(1, required.header(), null, RowErrorCode.HEADER_MISSING_COLUMN,
                        "is a required column, missing from the header");
            }
        });
        headerSize = header.size();
        return readable && header.readable();
    }

    private void row() {
        int row = records.number();
        if (records.quoting() == CsvRecords.Quoting.UNCLOSED_QUOTE) {
            int last = records.size() - 1;
            error(row, nameOf(last), records.field(last), RowErrorCode.MALFORMED, "opens a quoted cell that is not"
                    + " closed: the rest of the file was read into it");
            return;
        }
        int bad = records.firstMalformed();
        if (bad >= 0) {
            error(row, nameOf(bad), records.field(bad), RowErrorCode.ENCODING,
                    "is not valid UTF-8: save the file as CSV UTF-8");
            return;
        }
        if (records.quoting() == CsvRecords.Quoting.STRAY_QUOTE) {
            error(row, null, null, RowErrorCode.MALFORMED, "has text after the closing quote of a cell: a quote"
                    + " inside a quoted cell is written twice (\"\")");
            return;
        }
        boolean extra = records.nonBlankBeyond();
        for (int i = headerSize; i < records.size(); i++) {
            extra |= records.truncated(i) || !records.field(i).isBlank();
        }
        if (extra) {
            error(row, null, null, RowErrorCode.MALFORMED, "has " + records.count() + " cells; the header has "
                    + headerSize);
            return;
        }
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        boolean unnamed = false;
        for (int i = 0; i < Math.min(headerSize, records.size()); i++) {
            if (header.columnOf(i) == Header.NO_NAME) {
                unnamed |= records.truncated(i) || !records.field(i).isBlank();
            } else if (header.column(i) != null) {
                cells.put(header.column(i), new Cell(Cell.Kind.TEXT, records.field(i), records.truncated(i)));
            }
        }
        if (unnamed) {
            error(row, null, null, RowErrorCode.MALFORMED, "has a value in a column with no name in the header");
        }
        header.indexOf().keySet().forEach(c -> cells.putIfAbsent(c, Cell.text("")));
        RowCheck.check(row, cells, sink);
    }

    private String nameOf(int index) {
        Column column = index < headerSize ? header.column(index) : null;
        return column == null ? null : column.header();
    }

    private void error(int row, String column, String value, RowErrorCode code, String reason) {
        sink.error(new RowError(row, column, value, reason, code));
    }
}
