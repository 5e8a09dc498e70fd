package uk.org.councilkpi.milestone;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.org.councilkpi.importing.check.Cell;
import uk.org.councilkpi.importing.check.Columns;
import uk.org.councilkpi.importing.read.CsvRecords;
import uk.org.councilkpi.importing.read.Header;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;

/**
 * Reads a CSV batch of progress with the import's CSV records and header rules ({@link CsvRecords}, {@link Header}),
 * rows numbered as records, the header being row 1. Stricter than a batch of figures on the file as a whole: bytes
 * that are not UTF-8 anywhere make it one error, and so does the first record that is not CSV; any problem with the
 * header stops the rows. Blank rows are skipped; cells beyond the header, and under a column with no name, are not
 * looked at.
 */
final class ProgressCsv {

    /** Enough for the longest cell (a commentary) and one more, to tell it is too long. */
    private static final int MAX_CELL_CHARS = ProgressRow.MAX_COMMENTARY + 1;

    private final CsvRecords records;
    private final List<RowError> errors = new ArrayList<>();
    private boolean malformed;

    private ProgressCsv(InputStream body) {
        this.records = CsvRecords.utf8(body, MAX_CELL_CHARS);
    }

    /** Reads the rows that name a milestone into {@code rows}, errors into {@code sink}; returns the rows skipped. */
    static int read(InputStream body, List<ProgressRow> rows, Consumer<RowError> sink) throws IOException {
        ProgressCsv csv = new ProgressCsv(body);
        int skipped = csv.read(rows);
        if (csv.malformed) {
            rows.clear();
            sink.accept(new RowError(0, null, null, "The file is not valid UTF-8: save it as CSV UTF-8",
                    RowErrorCode.ENCODING));
            return 0;
        }
        csv.errors.forEach(sink);
        return skipped;
    }

    private int read(List<ProgressRow> rows) throws IOException {
        if (!records.next()) {
            error(0, "The file is empty: it needs a header row (milestone,period,rating,commentary) and then one row"
                    + " per milestone", RowErrorCode.EMPTY_FILE);
            return 0;
        }
        Header<ProgressColumn> header = header();
        boolean reading = errors.isEmpty();
        int skipped = 0;
        while (records.next()) {
            malformed |= records.firstMalformed() >= 0;
            if (!reading) {
                continue; // read on only to tell whether the file is UTF-8
            }
            if (records.blank()) {
                skipped++;
            } else if (quoted()) {
                Map<ProgressColumn, Cell> cells = new EnumMap<>(ProgressColumn.class);
                header.indexOf().forEach((column, i) -> cells.put(column, i < records.size()
                        ? new Cell(Cell.Kind.TEXT, records.field(i), records.truncated(i)) : Cell.text("")));
                ProgressRow.check(records.number(), cells, errors::add).ifPresent(rows::add);
            } else {
                reading = false;
            }
        }
        return skipped;
    }

    private Header<ProgressColumn> header() {
        malformed = records.firstMalformed() >= 0;
        if (records.count() > records.size()) {
            error(1, "The header has " + records.count() + " columns; a batch of progress has at most "
                    + ProgressColumn.values().length + ": " + ProgressColumn.ALL.names(), RowErrorCode.MALFORMED);
        }
        quoted();
        return Header.read(ProgressColumn.ALL, records.size(), records::field, records::truncated,
                new Header.Problems<>() {
                    @Override
                    public void unknown(int index, String name) {
                        errors.add(new RowError(1, name, name, "is not a column of a batch of progress: "
                                + ProgressColumn.ALL.names() + " (in any order and case)",
                                RowErrorCode.HEADER_UNKNOWN_COLUMN));
                    }

                    @Override
                    public void twice(int index, ProgressColumn column, String name) {
                        errors.add(new RowError(1, name, name, "appears twice in the header", RowErrorCode.MALFORMED));
                    }

                    @Override
                    public void missing(ProgressColumn required) {
                        error(1, Columns.nameOf(required), "is a required column, missing from the header",
                                RowErrorCode.HEADER_MISSING_COLUMN);
                    }
                });
    }

    /** Whether the record is CSV as expected; an error if not. */
    private boolean quoted() {
        String wrong = switch (records.quoting()) {
            case WELL_FORMED -> null;
            case UNCLOSED_QUOTE -> "it opens a quoted cell that is not closed";
            case STRAY_QUOTE -> "it has text after the closing quote of a cell (a quote inside a quoted cell is written"
                    + " twice: \"\")";
        };
        if (wrong != null) {
            errors.add(new RowError(records.number(), null, null, "is not CSV as expected: " + wrong,
                    RowErrorCode.MALFORMED));
        }
        return wrong == null;
    }

    private void error(int row, String column, String reason, RowErrorCode code) {
        errors.add(new RowError(row, column, null, reason, code));
    }

    private void error(int row, String reason, RowErrorCode code) {
        error(row, null, reason, code);
    }
}
