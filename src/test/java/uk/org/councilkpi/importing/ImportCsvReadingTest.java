package uk.org.councilkpi.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.ValueState;
import uk.org.councilkpi.importing.read.CsvBatchReader;
import uk.org.councilkpi.importing.check.ImportRow;

/** Reading a CSV batch, plain JUnit: the layout of the file, and every error named by row and column. */
class ImportCsvReadingTest {

    private static CollectingSink read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectingSink read(byte[] csv) {
        CollectingSink sink = new CollectingSink();
        try {
            CsvBatchReader.read(new ByteArrayInputStream(csv), sink);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sink;
    }

    private static int rows(String csv) throws IOException {
        return CsvBatchReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new CollectingSink());
    }

    @Nested
    class Layout {

        @Test
        void shouldReadColumnsInAnyOrderAndCaseWithABom() {
            CollectingSink sink = read("\uFEFFPeriod, REF ,Value,Target,Note\r\n2017-18-Q2,1.5,20,<20%,July fig\r\n");
            assertEquals(List.of(), sink.errors);
            ImportRow row = sink.rows.get(0);
            assertEquals(2, row.row());
            assertEquals("1.5", row.ref());
            assertEquals("2017-18-Q2", row.period());
            assertEquals(ValueState.AVAILABLE, row.figure().state());
            assertEquals(0, new BigDecimal("20").compareTo(row.figure().number()));
            assertEquals("July fig", row.figure().note());
            assertEquals(TargetForm.AT_MOST, row.target().spec().form());
            assertEquals("<20%", row.target().text());
        }

        @Test
        void shouldReadQuotedCellsWithCommasQuotesAndLineBreaksAndNumberRowsAsRecords() {
            CollectingSink sink = read("ref,period,value,commentary\n"
                    + "1.5,2017-18-Q2,20,\"Fell, as planned;\nsee \"\"Plan B\"\"\"\n"
                    + "1.6,2017-18-Q2,x,\n");
            assertEquals("Fell, as planned;\nsee \"Plan B\"", sink.rows.get(0).figure().commentary());
            assertEquals(List.of("3:value:INVALID_NUMBER"), sink.described());
        }

        @Test
        void shouldCountDataRowsAndIgnoreEmptyRowsAtTheEnd() throws IOException {
            assertEquals(2, rows("ref,period,value\n1.5,2017-18-Q2,20\n1.6,2017-18-Q2,3\n\n,,\n\n"));
        }

        @Test
        void shouldSkipEmptyRowsInTheMiddleAsExcelLeavesThem() {
            CollectingSink sink = read("ref,period,value\n1.5,2017-18-Q2,20\n\n,,\n1.6,2017-18-Q2,3\n");
            assertEquals(List.of(), sink.described());
            assertEquals(2, sink.rows.size());
        }

        @Test
        void shouldIgnoreTheTitleAndEmptyUnnamedColumns() {
            CollectingSink sink = read("ref,title,period,value,,\n1.5,\"=cmd|' /C calc'!A0\",2017-18-Q2,20,,\n");
            assertEquals(List.of(), sink.errors);
            assertEquals(1, sink.rows.size());
        }

        @Test
        void shouldTakeMissingTrailingCellsAsEmpty() {
            CollectingSink sink = read("ref,period,value,note,commentary\n1.5,2017-18-Q2,20\n");
            assertEquals(List.of(), sink.errors);
            assertNull(sink.rows.get(0).figure().note());
        }
    }

    @Nested
    class BadFiles {

        @ParameterizedTest
        @ValueSource(strings = {"", "\uFEFF", "\n\n", " \r\n,,\r\n"})
        void shouldReportAnEmptyFile(String csv) {
            assertEquals(List.of("0:null:EMPTY_FILE"), read(csv).described());
        }

        @Test
        void shouldReportAHeaderWithoutRows() {
            assertEquals(List.of("0:null:NO_ROWS"), read("ref,period,value\n").described());
        }

        @Test
        void shouldNameMissingAndUnknownColumnsAndStop() {
            CollectingSink sink = read("reference,value,comentary\n1.5,20,x\n");
            assertEquals(List.of("1:reference:HEADER_UNKNOWN_COLUMN", "1:comentary:HEADER_UNKNOWN_COLUMN",
                    "1:ref:HEADER_MISSING_COLUMN", "1:period:HEADER_MISSING_COLUMN"), sink.described());
            assertTrue(sink.rows.isEmpty());
        }

        @Test
        void shouldStillCheckTheRowsWhenTheHeaderOnlyHasAnUnknownColumn() {
            CollectingSink sink = read("ref,period,value,comentary\n1.5,2017-18-Q9,20,x\n");
            assertEquals(List.of("1:comentary:HEADER_UNKNOWN_COLUMN", "2:period:INVALID_PERIOD"), sink.described());
        }

        @Test
        void shouldRefuseAColumnTwice() {
            assertEquals(List.of("1:value:MALFORMED"), read("ref,period,value,value\n1.5,2017-18-Q2,1,2\n").described());
        }

        @Test
        void shouldRefuseAHeaderOfFiftyThousandColumnsWithOneError() {
            String header = "ref,period," + "x,".repeat(50_000) + "value\n";
            CollectingSink sink = read(header + "1.5,2017-18-Q2\n");
            assertEquals(List.of("1:null:MALFORMED"), sink.described());
            assertTrue(sink.errors.get(0).reason().contains("50003 columns"), sink.errors.get(0).reason());
        }

        @Test
        void shouldRefuseARowWithMoreCellsThanTheHeader() {
            CollectingSink sink = read("ref,period,value\n1.5,2017-18-Q2,20,oops\n1.6,2017-18-Q2,20,,,\n");
            assertEquals(List.of("2:null:MALFORMED"), sink.described());
        }

        @Test
        void shouldNameTheRowOfAQuoteLeftOpen() {
            CollectingSink sink = read("ref,period,value,commentary\n1.5,2017-18-Q2,20,ok\n1.6,2017-18-Q2,20,\"never closed\n1.7,2017-18-Q2,1,x\n");
            assertEquals(List.of("3:commentary:MALFORMED"), sink.described());
            assertEquals(1, sink.rows.size());
        }

        @Test
        void shouldRefuseTextAfterAClosingQuote() {
            assertEquals(List.of("2:null:MALFORMED"), read("ref,period,note\n1.5,2017-18-Q2,\"a\"b\n").described());
        }

        @Test
        void shouldNameEachRowWithBytesThatAreNotUtf8AndReadTheOthers() {
            byte[] good = "ref,period,value,note\n1.5,2017-18-Q2,20,caf".getBytes(StandardCharsets.UTF_8);
            byte[] bad = {(byte) 0xE9}; // Latin-1 e-acute
            byte[] rest = "\n1.6,2017-18-Q2,21,ok\n1.7,2017-18-Q2,22,\u00e9\n".getBytes(StandardCharsets.UTF_8);
            byte[] csv = new byte[good.length + bad.length + rest.length];
            System.arraycopy(good, 0, csv, 0, good.length);
            System.arraycopy(bad, 0, csv, good.length, bad.length);
            System.arraycopy(rest, 0, csv, good.length + bad.length, rest.length);
            CollectingSink sink = read(csv);
            assertEquals(List.of("2:note:ENCODING"), sink.described());
            assertEquals(List.of("1.6", "1.7"), sink.rows.stream().map(ImportRow::ref).toList());
            assertEquals("\u00e9", sink.rows.get(1).figure().note());
        }

        @Test
        void shouldRefuseABinaryFile() {
            byte[] binary = new byte[4096];
            for (int i = 0; i < binary.length; i++) {
                binary[i] = (byte) (i * 31 + 7);
            }
            CollectingSink sink = read(binary);
            assertFalse(sink.errors.isEmpty());
            assertTrue(sink.rows.isEmpty());
        }

        @Test
        void shouldRefuseANulCharacter() {
            assertEquals(List.of("2:note:ENCODING"), read("ref,period,value,note\n1.5,2017-18-Q2,1,a\0b\n").described());
        }

        @Test
        void shouldKeepOnlyTheStartOfAHugeCellAndSayItIsTooLong() {
            String huge = "x".repeat(1_000_000);
            CollectingSink sink = read("ref,period,value,commentary\n1.5,2017-18-Q2,1," + huge + "\n");
            assertEquals(List.of("2:commentary:TOO_LONG"), sink.described());
            assertEquals(200, sink.errors.get(0).value().length());
        }

        @Test
        void shouldListEveryErrorOfEveryRow() {
            CollectingSink sink = read("""
                    ref,period,value,state,target,provisional,estimated,note,commentary
                    1.5,2017-18-Q5,20 percent,,<20%,maybe,,,
                    ,2017-18-Q2,,MAYBE,twenty,,perhaps,,
                    1.7,2017-18-Q2,,,,,,,
                    1.8,2017-18-Q2,5,NOT_APPLICABLE,,,,,
                    """);
            assertEquals(List.of("2:period:INVALID_PERIOD", "2:value:INVALID_NUMBER", "2:provisional:INVALID_FLAG",
                    "3:ref:UNKNOWN_REF", "3:state:INVALID_STATE", "3:estimated:INVALID_FLAG", "3:target:INVALID_TARGET",
                    "5:value:STATE_MISMATCH"), sink.described()); // row 4 sets nothing: skipped, as a template row
        }
    }
}
