package uk.org.councilkpi.importing.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.importing.check.Cell;
import uk.org.councilkpi.importing.check.Column;
import uk.org.councilkpi.importing.check.Columns;
import uk.org.councilkpi.importing.check.RowCheck;
import uk.org.councilkpi.importing.check.RowSink;

/**
 * Reads a JSON batch, {@code {"enteredBy": "...", "rows": [{"ref": "1.5", "period": "2017-18-Q2", ...}]}}, token by
 * token: each row is passed on as it is read (a batch of figures: checked by {@link RowCheck}), and only the current
 * row is held. Rows are numbered from 1 by their index in {@code rows}; 0 is the body as a whole. Unknown fields are
 * errors, as everywhere in the API. The columns are the kind of batch's ({@link Columns}).
 */
public final class JsonBatchReader<C extends Enum<C>> {

    /** What the body says besides its rows. */
    public record Result(int rows, Cell enteredBy) {
    }

    /** Takes each row's cells by column (absent fields are missing from the map). */
    public interface RowCells<C> {
        void row(int row, Map<C, Cell> cells);
    }

    /** A commentary is at most 10,000 characters: a string far longer is refused while reading, not held. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(2_000_000).maxNestingDepth(64).build())
            .build();

    private final JsonParser parser;
    private final Columns<C> columns;
    private final RowCells<C> cellsOut;
    private final Consumer<RowError> errors;
    private int index;
    private int rows;
    private Cell enteredBy;

    private JsonBatchReader(JsonParser parser, Columns<C> columns, RowCells<C> cellsOut, Consumer<RowError> errors) {
        this.parser = parser;
        this.columns = columns;
        this.cellsOut = cellsOut;
        this.errors = errors;
    }

    /** Reads a batch of figures and targets, each row checked into the sink. */
    public static Result read(InputStream body, RowSink sink) throws IOException {
        return read(body, Column.ALL, (row, cells) -> RowCheck.check(row, cells, sink), sink::error);
    }

    public static <C extends Enum<C>> Result read(InputStream body, Columns<C> columns, RowCells<C> rows,
                                                  Consumer<RowError> errors) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonBatchReader<C> reader = new JsonBatchReader<>(parser, columns, rows, errors);
            try {
                reader.body();
            } catch (CharConversionException e) {
                reader.error(reader.index, null, RowErrorCode.ENCODING, "The body is not valid UTF-8");
            } catch (JsonProcessingException e) {
                reader.unreadable(e);
            }
            return new Result(reader.rows, reader.enteredBy);
        }
    }

    private void body() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            error(0, null, RowErrorCode.EMPTY_FILE, "The body is empty: send {\"enteredBy\": ..., \"rows\": [...]}");
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            error(0, null, RowErrorCode.MALFORMED, "The body must be a JSON object: {\"enteredBy\": ..., \"rows\": [...]}");
            return;
        }
        boolean sawRows = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("enteredBy") && enteredBy == null) {
                enteredBy = cell();
            } else if (name.equals("rows") && !sawRows) {
                sawRows = true;
                rows();
            } else {
                error(0, name, RowErrorCode.MALFORMED, name.equals("rows") || name.equals("enteredBy")
                        ? "appears twice" : "is not a known field: enteredBy, rows");
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            error(0, null, RowErrorCode.MALFORMED, "The body has more after its JSON object");
        }
        if (rows == 0) {
            error(0, "rows", RowErrorCode.NO_ROWS, "The body has no rows: send \"rows\": [" + columns.jsonRow() + "]");
        }
    }

    private void rows() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            error(0, "rows", RowErrorCode.MALFORMED, "must be an array of rows");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            index = ++rows;
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                error(index, null, RowErrorCode.MALFORMED, "must be an object: " + columns.jsonRow());
                parser.skipChildren();
                continue;
            }
            Map<C, Cell> cells = new EnumMap<>(columns.type());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                C column = columns.ofField(name).orElse(null);
                if (column == null || cells.containsKey(column)) {
                    error(index, name, RowErrorCode.MALFORMED,
                            column == null ? "is not a known field: " + columns.names() : "appears twice");
                    parser.skipChildren();
                } else {
                    cells.put(column, cell());
                }
            }
            cellsOut.row(index, cells);
        }
        index = 0;
    }

    /** The current value as a cell; an object or an array is skipped, and named as such. */
    private Cell cell() throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> new Cell(Cell.Kind.STRING, parser.getText(), false);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Cell(Cell.Kind.NUMBER, parser.getText(), false);
            case VALUE_TRUE, VALUE_FALSE -> new Cell(Cell.Kind.BOOLEAN, parser.getText(), false);
            case VALUE_NULL -> new Cell(Cell.Kind.NULL, null, false);
            default -> {
                String shape = parser.currentToken() == JsonToken.START_ARRAY ? "[...]" : "{...}";
                parser.skipChildren();
                yield new Cell(Cell.Kind.STRUCTURE, shape, false);
            }
        };
    }

    /** Invalid JSON: nothing after it can be read; the row it is in is named. */
    private void unreadable(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        boolean encoding = message.contains("UTF-8") || message.contains("UTF-32") || message.contains("Invalid UTF");
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String first = message.lines().findFirst().orElse("");
        error(index, null, encoding ? RowErrorCode.ENCODING : RowErrorCode.MALFORMED,
                (encoding ? "The body is not valid UTF-8" : "The body is not valid JSON") + where + ": "
                        + (first.length() > 200 ? first.substring(0, 200) : first));
    }

    private void error(int row, String column, RowErrorCode code, String reason) {
        errors.accept(new RowError(row, column, null, reason, code));
    }
}
