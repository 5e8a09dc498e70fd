package uk.org.councilkpi.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.importing.check.BuiltRowCheck;
import uk.org.councilkpi.importing.check.Cell;
import uk.org.councilkpi.importing.check.CellText;
import uk.org.councilkpi.importing.check.Column;
import uk.org.councilkpi.importing.check.ImportRow;
import uk.org.councilkpi.importing.check.RowCheck;
import uk.org.councilkpi.importing.check.RowErrors;

/** The rules of one row, plain JUnit: a table of cells in, the row or the errors out. */
class ImportRowCheckTest {

    /** A CSV row: ref 1.5, period 2017-18-Q2, and the given value, state, target, provisional and note. */
    private static CollectingSink check(String value, String state, String target, String provisional, String note) {
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        cells.put(Column.REF, Cell.text("1.5"));
        cells.put(Column.PERIOD, Cell.text("2017-18-Q2"));
        cells.put(Column.VALUE, Cell.text(value == null ? "" : value));
        cells.put(Column.STATE, Cell.text(state == null ? "" : state));
        cells.put(Column.TARGET, Cell.text(target == null ? "" : target));
        cells.put(Column.PROVISIONAL, Cell.text(provisional == null ? "" : provisional));
        cells.put(Column.NOTE, Cell.text(note == null ? "" : note));
        CollectingSink sink = new CollectingSink();
        RowCheck.check(7, cells, sink);
        return sink;
    }

    @Nested
    class Figures {

        @ParameterizedTest(name = "value {0}, state {1} -> {2} {3}")
        @CsvSource(nullValues = "-", value = {
                "20,      -,                  AVAILABLE,         20",
                "' 20 ',  -,                  AVAILABLE,         20",
                "116.7,   -,                  AVAILABLE,         116.7",
                "-0.5,    -,                  AVAILABLE,         -0.5",
                "12,      SUPPRESSED,         SUPPRESSED,        12",
                "-,       SUPPRESSED,         SUPPRESSED,        -",
                "-,       not yet available,  NOT_YET_AVAILABLE, -",
                "-,       Not_Applicable,     NOT_APPLICABLE,    -",
                "-,       NOT_PROVIDED,       NOT_PROVIDED,      -",
                "9999999999999.999999, -,     AVAILABLE,         9999999999999.999999"})
        void shouldReadAFigure(String value, String state, ValueState expected, BigDecimal number) {
            CollectingSink sink = check(value, state, null, null, null);
            assertEquals(List.of(), sink.errors);
            ImportRow.Figure figure = sink.rows.get(0).figure();
            assertEquals(expected, figure.state());
            if (number == null) {
                assertNull(figure.number());
            } else {
                assertEquals(0, number.compareTo(figure.number()));
            }
        }

        @ParameterizedTest(name = "value {0}, state {1} -> {2}")
        @CsvSource(nullValues = "-", value = {
                "20 percent, -,               INVALID_NUMBER,  must be a number (20, 1,234 or 85%)",
                "'10,68',  -,                 INVALID_NUMBER,  must be a number",
                "twenty,   -,                 INVALID_NUMBER,  a word for a figure without one: N/A",
                "1e3,      -,                 INVALID_NUMBER,  must be a number",
                "12345678901234, -,           INVALID_NUMBER,  13 digits",
                "0.1234567, -,                INVALID_NUMBER,  6 decimal places",
                "-,        AVAILABLE,         STATE_MISMATCH,  required for an AVAILABLE figure",
                "5,        NOT_APPLICABLE,    STATE_MISMATCH,  must be empty",
                "5,        NOT_YET_AVAILABLE, STATE_MISMATCH,  must be empty",
                "5,        GREEN,             INVALID_STATE,   must be one of AVAILABLE"})
        void shouldRefuseAFigureThatDoesNotHoldTogether(String value, String state, RowErrorCode code, String reason) {
            CollectingSink sink = check(value, state, null, null, null);
            assertEquals(List.of(code), sink.codes());
            assertTrue(sink.errors.get(0).reason().contains(reason), sink.errors.get(0).reason());
            assertEquals(ImportRow.Figure.UNREADABLE, sink.rows.get(0).figure(), "still passed on, for the checks across rows");
        }

        @ParameterizedTest
        @CsvSource({"true, true", "TRUE, true", "False, false", "'', false"})
        void shouldReadFlags(String text, boolean expected) {
            assertEquals(expected, check("1", null, null, text, null).rows.get(0).figure().provisional());
        }

        @Test
        void shouldLimitTheNoteTo200Characters() {
            assertEquals(List.of(), check("1", null, null, null, "n".repeat(200)).errors);
            assertEquals(List.of(RowErrorCode.TOO_LONG), check("1", null, null, null, "n".repeat(201)).codes());
        }
    }

    @Nested
    class Targets {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"<20%, AT_MOST", "260-300, RANGE", "82%, VALUE", "N/A, NONE", "'>= 85', AT_LEAST"})
        void shouldReadATargetAsCouncilsWriteIt(String text, TargetForm form) {
            CollectingSink sink = check(null, null, text, null, null);
            assertEquals(List.of(), sink.errors);
            assertEquals(form, sink.rows.get(0).target().spec().form());
            assertNull(sink.rows.get(0).figure(), "a target alone sets no figure");
        }

        @ParameterizedTest
        @CsvSource({"twenty", "300-260", "<12345678901234"})
        void shouldRefuseATargetThatCannotBeRead(String text) {
            assertEquals(List.of(RowErrorCode.INVALID_TARGET), check(null, null, text, null, null).codes());
        }
    }

    @ParameterizedTest(name = "value {0}, state {1}, provisional {2} -> {3} {4}")
    @CsvSource(nullValues = "null", value = {
            "85%,        null,       null, AVAILABLE,         85",
            "'1,234.5',  null,       null, AVAILABLE,         1234.5",
            "'-1,000',   null,       null, AVAILABLE,         -1000",
            "N/A,        null,       null, NOT_APPLICABLE,    null",
            "n/a,        null,       null, NOT_APPLICABLE,    null",
            "-,          null,       null, NOT_APPLICABLE,    null",
            "not available, null,    null, NOT_YET_AVAILABLE, null",
            "*,          null,       null, SUPPRESSED,        null",
            "3,          supressed,  null, SUPPRESSED,        3",
            "3,          Suppressed, null, SUPPRESSED,        3",
            "null,       not provided, null, NOT_PROVIDED,    null",
            "12,         null,       Yes,  AVAILABLE,         12",
            "12,         null,       N,    AVAILABLE,         12"})
    void shouldReadASpreadsheetsWordsAndNumbersAsTheCouncilsPrintThem(String value, String state, String provisional,
                                                                       ValueState expected, BigDecimal number) {
        CollectingSink sink = check(value, state, null, provisional, null);
        assertEquals(List.of(), sink.described());
        ImportRow.Figure figure = sink.rows.get(0).figure();
        assertEquals(expected, figure.state());
        assertEquals(number == null ? null : number.stripTrailingZeros(),
                figure.number() == null ? null : figure.number().stripTrailingZeros());
        assertEquals("Yes".equals(provisional), figure.provisional());
        boolean lenient = value != null && !value.matches("-?[0-9]+")
                || state != null && !state.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').equals(expected.name())
                || provisional != null;
        assertEquals(lenient, !sink.rows.get(0).readAs().isEmpty(), "each lenient reading is listed: "
                + sink.rows.get(0).readAs());
    }

    @Test
    void shouldReadJsonStrictly() {
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        cells.put(Column.REF, new Cell(Cell.Kind.STRING, "1.5", false));
        cells.put(Column.PERIOD, new Cell(Cell.Kind.STRING, "2017-18-Q2", false));
        cells.put(Column.STATE, new Cell(Cell.Kind.STRING, "n/a", false));
        CollectingSink sink = new CollectingSink();
        RowCheck.check(1, cells, sink);
        assertEquals(List.of(RowErrorCode.INVALID_STATE), sink.codes());
    }

    @Test
    void shouldRefuseARowThatSetsNothingAndFlagsWithoutAFigure() {
        CollectingSink untouched = check(null, null, null, null, null);
        assertEquals(List.of(), untouched.codes(), "a spreadsheet row that sets nothing is skipped");
        assertEquals(List.of(), untouched.rows);
        assertEquals(List.of(RowErrorCode.STATE_MISMATCH), check(null, null, "<20%", "true", null).codes());
    }

    @Test
    void shouldNameTheRowColumnAndValueAsSent() {
        RowError error = check("20 pc", null, null, null, null).errors.get(0);
        assertEquals(new RowError(7, "value", "20 pc", error.reason(), RowErrorCode.INVALID_NUMBER), error);
    }

    @Test
    void shouldCheckRowsBuiltInJavaByTheSameRules() {
        CollectingSink sink = new CollectingSink();
        BuiltRowCheck.check(new ImportRow(1, "10.4", "2017-18-Q4", null,
                new ImportRow.Target(new TargetSpec(TargetForm.EXACT, BigDecimal.ZERO, null, null), "0 by end of March 2018")),
                sink);
        BuiltRowCheck.check(new ImportRow(2, "1.5", "2017-18-Q2", ImportRow.Figure.of(ValueState.NOT_APPLICABLE,
                BigDecimal.ONE), null), sink);
        BuiltRowCheck.check(new ImportRow(3, "1.5", "Q2", ImportRow.Figure.of(ValueState.AVAILABLE, BigDecimal.ONE), null),
                sink);
        assertEquals(List.of("2:state:STATE_MISMATCH", "3:period:INVALID_PERIOD"), sink.described());
    }

    /** The hand-written checks that run for every row say what the published patterns say. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5", "CED001", "SCS CYP07", "CED028 a", "A", "a_b-c.d", "' 1.5'", "'1.5 '",
            "-1", "1.", "a/b", "''", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "caf\u00e9"})
    void shouldReadRefsAsTheirPatternDoes(String ref) {
        assertEquals(ref.matches(uk.org.councilkpi.common.Refs.PATTERN), CellText.isRef(ref), ref);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20", "-0.5", "+3", "116.", ".5", "''", "-", ".", "1.2.3", "1e3", "20%", "1,000",
            "' 1'", "\u0661"})
    void shouldReadPlainNumbersAsTheirPatternDoes(String text) {
        assertEquals(text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") && text.chars().allMatch(c -> c < 128),
                CellText.isPlainNumber(text), text);
    }

    @Nested
    class Collecting {

        @Test
        void shouldKeepTheFirstErrorsByRowAndCountThemAll() {
            RowErrors errors = new RowErrors(3);
            IntStream.of(9, 2, 7, 1, 8, 2).forEach(row ->
                    errors.add(new RowError(row, "c" + row, null, "r", RowErrorCode.MALFORMED)));
            assertEquals(6, errors.total());
            assertEquals(List.of(1, 2, 2), errors.list().stream().map(RowError::row).toList());
        }

        @Test
        void shouldCutTheValueTo200Characters() {
            assertEquals(200, new RowError(1, "note", "x".repeat(5000), "r", RowErrorCode.TOO_LONG).value().length());
        }
    }
}
