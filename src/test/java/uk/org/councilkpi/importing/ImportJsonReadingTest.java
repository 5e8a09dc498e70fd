package uk.org.councilkpi.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.importing.check.ImportRow;
import uk.org.councilkpi.importing.read.JsonBatchReader;

/** Reading a JSON batch token by token, plain JUnit: strict types, every row checked, rows named by index from 1. */
class ImportJsonReadingTest {

    private static JsonBatchReader.Result read(String json, CollectingSink sink) {
        return read(json.getBytes(StandardCharsets.UTF_8), sink);
    }

    private static JsonBatchReader.Result read(byte[] json, CollectingSink sink) {
        try {
            return JsonBatchReader.read(new ByteArrayInputStream(json), sink);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static CollectingSink rows(String rows) {
        CollectingSink sink = new CollectingSink();
        read("{\"enteredBy\": \"me\", \"rows\": [" + rows + "]}", sink);
        return sink;
    }

    @Test
    void shouldReadRowsAndEnteredByInAnyOrder() {
        CollectingSink sink = new CollectingSink();
        JsonBatchReader.Result result = read("""
                {"rows": [{"ref": "1.5", "period": "2017-18-Q2", "value": 20.5, "state": null, "target": "<20%",
                           "provisional": true, "estimated": false, "note": null, "commentary": "Fell", "title": "x"},
                          {"ref": "2.3", "period": "2017-18", "state": "NOT_YET_AVAILABLE"}],
                 "enteredBy": "performance.team"}""", sink);
        assertEquals(List.of(), sink.errors);
        assertEquals(2, result.rows());
        assertEquals("performance.team", result.enteredBy().text());
        ImportRow first = sink.rows.get(0);
        assertEquals(1, first.row());
        assertEquals(new BigDecimal("20.5"), first.figure().number());
        assertTrue(first.figure().provisional());
        assertEquals("Fell", first.figure().commentary());
        assertEquals(ValueState.NOT_YET_AVAILABLE, sink.rows.get(1).figure().state());
        assertNull(sink.rows.get(1).target());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": \"20\"}        | 1:value:INVALID_NUMBER",
            "{\"ref\": 1.5, \"period\": \"2017-18-Q2\", \"value\": 20}                | 1:ref:UNKNOWN_REF",
            "{\"ref\": \"1.5\", \"period\": 2017, \"value\": 20}                      | 1:period:INVALID_PERIOD",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 1, \"provisional\": \"true\"} | 1:provisional:INVALID_FLAG",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": {\"n\": 1}}   | 1:value:INVALID_NUMBER",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 1e20}          | 1:value:INVALID_NUMBER",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 0.1234567}     | 1:value:INVALID_NUMBER",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 1, \"colour\": \"red\"} | 1:colour:MALFORMED",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 1, \"value\": 2} | 1:value:MALFORMED",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"note\": \"x\"}          | 1:note:STATE_MISMATCH",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 1, \"note\": \"a\\u0000b\"} | 1:note:ENCODING",
            "{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\"}                           | 1:null:EMPTY_ROW",
            "{}                                                                      | 1:null:EMPTY_ROW",
            "[1, 2]                                                                  | 1:null:MALFORMED"})
    void shouldRefuseWhatIsNotStrictlyARow(String row, String error) {
        assertEquals(List.of(error), rows(row).described());
    }

    @Test
    void shouldCheckEveryRowAndNameEachByItsIndex() {
        CollectingSink sink = rows("""
                {"ref": "1.5", "period": "2017-18-Q2", "value": 20},
                {"ref": "1.6", "period": "2017-18-Q9", "value": 20},
                {"ref": "1.7", "period": "2017-18-Q2", "value": 1, "state": "NOT_PROVIDED"}""");
        assertEquals(List.of("2:period:INVALID_PERIOD", "3:value:STATE_MISMATCH"), sink.described());
        assertEquals(3, sink.rows.size());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                       | 0:null:EMPTY_FILE",
            "'   '                                    | 0:null:EMPTY_FILE",
            "[]                                       | 0:null:MALFORMED",
            "{\"enteredBy\": \"me\"}                  | 0:rows:NO_ROWS",
            "{\"enteredBy\": \"me\", \"rows\": []}    | 0:rows:NO_ROWS",
            "{\"rows\": {}}                           | 0:rows:MALFORMED",
            "{\"rowz\": []}                           | 0:rowz:MALFORMED",
            "{\"rows\": [{\"ref\": \"1.5\", \"period\" | 1:null:MALFORMED",
            "{\"rows\": [{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 1}]} {} | 0:null:MALFORMED"})
    void shouldRefuseABodyThatIsNotABatch(String body, String first) {
        CollectingSink sink = new CollectingSink();
        read(body, sink);
        assertEquals(first, sink.described().get(0));
    }

    @Test
    void shouldNameTheRowWhereBytesAreNotUtf8() {
        byte[] start = "{\"rows\": [{\"ref\": \"1.5\", \"period\": \"2017-18-Q2\", \"value\": 1}, {\"ref\": \"".getBytes(
                StandardCharsets.UTF_8);
        byte[] json = new byte[start.length + 3];
        System.arraycopy(start, 0, json, 0, start.length);
        json[start.length] = (byte) 0xC3;
        json[start.length + 1] = (byte) 0x28;
        json[start.length + 2] = '"';
        CollectingSink sink = new CollectingSink();
        read(json, sink);
        assertEquals(List.of("2:null:ENCODING"), sink.described());
    }
}
