package uk.org.councilkpi.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.councilkpi.status.DirectionBasis;
import uk.org.councilkpi.status.DirectionReason;
import uk.org.councilkpi.status.Movement;
import uk.org.councilkpi.status.Performance;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.RagReason;
import uk.org.councilkpi.status.StatusSummary;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.Unit;
import uk.org.councilkpi.status.ValueState;

/** Scorecards and histories written as CSV, without the service: the writer alone. */
class CsvViewsTest {

    private static final CsvMapper READER = new CsvMapper();

    // --- what the tests build views from -------------------------------------------------------------------------

    private static FigureView available(String period, String number, String display) {
        return new FigureView(period, ValueState.AVAILABLE, new BigDecimal(number), display, null, false, false);
    }

    private static FigureView absent(String period) {
        return new FigureView(period, null, null, "", null, false, false);
    }

    private static FigureView suppressed(String period) {
        return new FigureView(period, ValueState.SUPPRESSED, null, "suppressed", "small numbers", false, false);
    }

    private static final StatusView.TargetView TARGET =
            new StatusView.TargetView("2017-18", TargetForm.AT_MOST, new BigDecimal("20"), null, null, "<20%");
    private static final StatusView.RagView RAG =
            new StatusView.RagView(Rag.GREEN, RagReason.MET, "20.0% against a target of at most 20%: met");
    private static final StatusView.OverrideView OVERRIDE = new StatusView.OverrideView(Rag.AMBER,
            "Late requests", "officer", Instant.parse("2017-11-27T09:00:00Z"));
    private static final StatusView.DirectionView DIRECTION = new StatusView.DirectionView(
            DirectionBasis.PREVIOUS_PERIOD, "2017-18-Q1", Movement.DOWN, Performance.BETTER, DirectionReason.COMPARED,
            "20.0% against 24.0% in 2017-18-Q1: down 4 points, better");

    private static ScorecardResponse.Row row(String ref, String title, FigureView current, String commentary) {
        return new ScorecardResponse.Row(ref, title, Unit.PERCENT, Polarity.LOWER_IS_BETTER, 1, "Children",
                "Safeguarding", "2 Feel & Be Safe", "Outcome 5", true, available("2016-17", "25", "25.0%"),
                List.of(absent("2016-17-Q3"), available("2016-17-Q4", "-3.5", "-3.5%"), suppressed("2017-18-Q1"),
                        current),
                current, commentary, TARGET, RAG, OVERRIDE, DIRECTION,
                new ScorecardResponse.Comparators("2017-18-Q2", new BigDecimal("22.1"), null, new BigDecimal("-0.5"),
                        "England"));
    }

    private static ScorecardResponse scorecard(ScorecardResponse.Row... rows) {
        StatusSummary.RagCounts rag = new StatusSummary.RagCounts(0, 0, 0, 0, 0);
        return new ScorecardResponse("2017-18-Q2", true, null, null, null,
                new ScorecardResponse.Summary(rag, rag, new StatusSummary.DirectionCounts(0, 0, 0, 0, 0)),
                List.of(rows));
    }

    private static HistoryResponse history(HistoryResponse.Entry... entries) {
        return new HistoryResponse("1.5", "% repeat referrals", Unit.PERCENT, Polarity.LOWER_IS_BETTER, null, null, null,
                List.of(entries));
    }

    private static HistoryResponse.Entry entry(FigureView figure, String commentary) {
        return new HistoryResponse.Entry(figure.period(), figure, commentary, TARGET, RAG, null, DIRECTION);
    }

    // --- reading it back ------------------------------------------------------------------------------------------

    /** Every line as written, header first: header and cells by name. */
    private static List<List<String>> lines(byte[] csv) throws IOException {
        try (MappingIterator<List<String>> it = READER.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            return it.readAll();
        }
    }

    private static List<Map<String, String>> rows(byte[] csv) throws IOException {
        List<List<String>> lines = lines(csv);
        List<String> header = lines.get(0);
        return lines.subList(1, lines.size()).stream().map(cells -> {
            assertEquals(header.size(), cells.size(), "every row has a cell for every column");
            java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), cells.get(i));
            }
            return (Map<String, String>) m;
        }).toList();
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    @Nested
    class Header {

        @Test
        void shouldStartAScorecardWithItsHeaderRowAndEndEveryLineWithCrLf() throws IOException {
            byte[] csv = CsvViews.scorecard(scorecard(row("1.5", "% repeat referrals", available("2017-18-Q2", "20",
                    "20.0%"), "Fell again")));
            String text = text(csv);
            assertTrue(text.startsWith(String.join(",", CsvViews.SCORECARD_COLUMNS) + "\r\n"), text);
            assertTrue(text.endsWith("\r\n"));
            assertEquals(2, text.split("\r\n", -1).length - 1, "two lines, each ending CRLF");
            assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");
            assertEquals(CsvViews.SCORECARD_COLUMNS, lines(csv).get(0));
        }

        @Test
        void shouldNameTheColumnsASpreadsheetUserExpects() {
            assertEquals(List.of("ref", "title", "directorate", "service", "plan_priority", "corporate_priority", "key",
                    "unit", "polarity", "period", "figure", "display", "state", "provisional", "estimated", "note",
                    "last_year_period", "last_year_figure", "last_year_display",
                    "quarter_1_period", "quarter_1_figure", "quarter_1_display",
                    "quarter_2_period", "quarter_2_figure", "quarter_2_display",
                    "quarter_3_period", "quarter_3_figure", "quarter_3_display",
                    "quarter_4_period", "quarter_4_figure", "quarter_4_display",
                    "target_period", "target_text", "target_form", "target_value", "target_low", "target_high",
                    "rag_rating", "rag_reason", "rag_explanation", "override_rating", "override_reason",
                    "override_set_by", "override_set_at", "direction_basis", "compared_with", "movement", "performance",
                    "direction_reason", "direction_explanation", "comparator_period", "stat_neighbour_average",
                    "stat_neighbour_note", "national_average", "national_note", "commentary"),
                    CsvViews.SCORECARD_COLUMNS);
            assertEquals(List.of("ref", "title", "unit", "polarity", "period", "figure", "display", "state",
                    "provisional", "estimated", "note", "target_period", "target_text", "target_form", "target_value",
                    "target_low", "target_high", "rag_rating", "rag_reason", "rag_explanation", "override_rating",
                    "override_reason", "override_set_by", "override_set_at", "direction_basis", "compared_with",
                    "movement", "performance", "direction_reason", "direction_explanation", "commentary"),
                    CsvViews.HISTORY_COLUMNS);
        }

        @Test
        void shouldDescribeInTheContractExactlyTheColumnsWritten() {
            assertEquals(CsvViews.SCORECARD_COLUMNS, described(CsvViews.SCORECARD_DESCRIPTION));
            assertEquals(CsvViews.HISTORY_COLUMNS, described(CsvViews.HISTORY_DESCRIPTION));
        }

        private List<String> described(String description) {
            Matcher m = Pattern.compile("Columns: ([a-z0-9_, ]+)\\.").matcher(description);
            assertTrue(m.find(), description);
            return Arrays.asList(m.group(1).split(", "));
        }

        @Test
        void shouldWriteOnlyTheHeaderForAnEmptyScorecardOrHistory() throws IOException {
            assertEquals(String.join(",", CsvViews.SCORECARD_COLUMNS) + "\r\n", text(CsvViews.scorecard(scorecard())));
            assertEquals(String.join(",", CsvViews.HISTORY_COLUMNS) + "\r\n", text(CsvViews.history(history())));
        }
    }

    @Nested
    class Cells {

        @Test
        void shouldWriteEveryPartOfAScorecardRow() throws IOException {
            Map<String, String> r = rows(CsvViews.scorecard(scorecard(row("1.5", "% repeat referrals",
                    available("2017-18-Q2", "20", "20.0%"), "Fell again")))).get(0);
            assertEquals("1.5", r.get("ref"));
            assertEquals("% repeat referrals", r.get("title"));
            assertEquals("Children", r.get("directorate"));
            assertEquals("2 Feel & Be Safe", r.get("plan_priority"));
            assertEquals("true", r.get("key"));
            assertEquals("PERCENT", r.get("unit"));
            assertEquals("LOWER_IS_BETTER", r.get("polarity"));
            assertEquals("2017-18-Q2", r.get("period"));
            assertEquals("20", r.get("figure"));
            assertEquals("20.0%", r.get("display"));
            assertEquals("AVAILABLE", r.get("state"));
            assertEquals("false", r.get("provisional"));
            assertEquals("2016-17", r.get("last_year_period"));
            assertEquals("25", r.get("last_year_figure"));
            assertEquals("25.0%", r.get("last_year_display"));
            assertEquals("2016-17-Q3", r.get("quarter_1_period"));
            assertEquals("2017-18-Q2", r.get("quarter_4_period"));
            assertEquals("20", r.get("quarter_4_figure"));
            assertEquals("2017-18", r.get("target_period"));
            assertEquals("<20%", r.get("target_text"));
            assertEquals("AT_MOST", r.get("target_form"));
            assertEquals("20", r.get("target_value"));
            assertEquals("", r.get("target_low"));
            assertEquals("GREEN", r.get("rag_rating"));
            assertEquals("MET", r.get("rag_reason"));
            assertEquals("20.0% against a target of at most 20%: met", r.get("rag_explanation"));
            assertEquals("AMBER", r.get("override_rating"));
            assertEquals("Late requests", r.get("override_reason"));
            assertEquals("2017-11-27T09:00:00Z", r.get("override_set_at"));
            assertEquals("PREVIOUS_PERIOD", r.get("direction_basis"));
            assertEquals("2017-18-Q1", r.get("compared_with"));
            assertEquals("DOWN", r.get("movement"));
            assertEquals("BETTER", r.get("performance"));
            assertEquals("22.1", r.get("stat_neighbour_average"));
            assertEquals("England", r.get("national_note"));
            assertEquals("Fell again", r.get("commentary"));
        }

        @Test
        void shouldLeaveEveryCellOfAnAbsentPartBlank() throws IOException {
            ScorecardResponse.Row bare = new ScorecardResponse.Row("X", "Bare", Unit.COUNT, Polarity.NONE, 0, null,
                    null, null, null, false, absent("2016-17"), List.of(), absent("2017-18-Q2"), null, null, null,
                    null, null, null);
            Map<String, String> r = rows(CsvViews.scorecard(scorecard(bare))).get(0);
            assertEquals("2017-18-Q2", r.get("period"));
            for (String column : List.of("figure", "display", "state", "note", "last_year_figure", "quarter_1_period",
                    "quarter_4_display", "target_text", "rag_rating", "override_rating", "movement", "commentary",
                    "national_average", "directorate")) {
                assertEquals("", r.get(column), column);
            }
        }

        @Test
        void shouldNeverShowASuppressedFiguresNumber() throws IOException {
            Map<String, String> r = rows(CsvViews.scorecard(scorecard(row("S", "Suppressed",
                    suppressed("2017-18-Q2"), null)))).get(0);
            assertEquals("", r.get("figure"));
            assertEquals("suppressed", r.get("display"));
            assertEquals("SUPPRESSED", r.get("state"));
            assertEquals("small numbers", r.get("note"));
            assertEquals("", r.get("quarter_3_figure"));
            assertEquals("suppressed", r.get("quarter_3_display"));
        }

        @Test
        void shouldWriteAnAbsentFigureAsBlankCells() throws IOException {
            Map<String, String> r = rows(CsvViews.scorecard(scorecard(row("A", "Absent", absent("2017-18-Q2"), null))))
                    .get(0);
            assertEquals("2017-18-Q2", r.get("period"));
            assertEquals("", r.get("figure"));
            assertEquals("", r.get("display"));
            assertEquals("", r.get("state"));
            assertEquals("2016-17-Q3", r.get("quarter_1_period"));
            assertEquals("", r.get("quarter_1_figure"));
        }

        @Test
        void shouldWriteNumbersPlainWithoutGroupingOrExponent() throws IOException {
            Map<String, String> r = rows(CsvViews.scorecard(scorecard(row("N", "Big", available("2017-18-Q2",
                    "1.2E+4", "12,000"), null)))).get(0);
            assertEquals("12000", r.get("figure"));
            assertEquals("12,000", r.get("display"));
        }

        @Test
        void shouldWriteOneHistoryRowPerPeriodInOrder() throws IOException {
            List<Map<String, String>> r = rows(CsvViews.history(history(
                    entry(available("2017-18-Q1", "24", "24.0%"), "first"),
                    entry(suppressed("2017-18-Q2"), null),
                    entry(available("2017-18-Q3", "-3.5", "-3.5%"), "third"))));
            assertEquals(3, r.size());
            assertEquals(List.of("2017-18-Q1", "2017-18-Q2", "2017-18-Q3"), r.stream().map(m -> m.get("period")).toList());
            assertTrue(r.stream().allMatch(m -> m.get("ref").equals("1.5") && m.get("title").equals("% repeat referrals")));
            assertEquals("24", r.get(0).get("figure"));
            assertEquals("", r.get(1).get("figure"));
            assertEquals("suppressed", r.get(1).get("display"));
            assertEquals("-3.5", r.get(2).get("figure"));
            assertEquals("third", r.get(2).get("commentary"));
            assertEquals("GREEN", r.get(2).get("rag_rating"));
            assertEquals("", r.get(2).get("override_rating"));
        }
    }

    @Nested
    class Quoting {

        @Test
        void shouldQuoteCommasQuotesAndLineEndsAsRfc4180Has() throws IOException {
            String commentary = "Fell, at last: \"good\" news\nSecond line\r\nThird";
            byte[] csv = CsvViews.scorecard(scorecard(row("Q", "Quotes", available("2017-18-Q2", "20", "20.0%"),
                    commentary)));
            assertTrue(text(csv).endsWith(",\"Fell, at last: \"\"good\"\" news\nSecond line\r\nThird\"\r\n"), text(csv));
            assertEquals(commentary, rows(csv).get(0).get("commentary"));
        }

        @Test
        void shouldQuoteOnlyWhatMustBeQuoted() {
            String text = text(CsvViews.scorecard(scorecard(row("1.5", "% repeat referrals",
                    available("2017-18-Q2", "20", "20.0%"), "Fell again"))));
            assertTrue(text.contains("\r\n1.5,% repeat referrals,Children,Safeguarding,2 Feel & Be Safe,Outcome 5,true,"),
                    text);
            assertTrue(text.contains(",20,20.0%,AVAILABLE,false,false,,"), text);
            assertTrue(text.contains(",\"20.0% against 24.0% in 2017-18-Q1: down 4 points, better\","), text);
        }

        @Test
        void shouldWriteUtf8() throws IOException {
            byte[] csv = CsvViews.history(history(entry(available("2017-18-Q1", "1500", "£1,500"), "café – naïve")));
            assertTrue(text(csv).contains("\"£1,500\""), text(csv));
            assertEquals("café – naïve", rows(csv).get(0).get("commentary"));
            assertEquals((byte) 0xC2, csv[text(csv).substring(0, text(csv).indexOf('£')).getBytes(StandardCharsets.UTF_8).length]);
        }
    }

    @Nested
    class FormulaInjection {

        @ParameterizedTest
        @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rReturn",
                "=1,2"})
        void shouldPrefixTextThatASpreadsheetWouldRunAsAFormula(String typed) throws IOException {
            ScorecardResponse.Row r = new ScorecardResponse.Row("F", typed, Unit.COUNT, Polarity.NONE, 0, typed, typed,
                    typed, typed, false, absent("2016-17"), List.of(),
                    new FigureView("2017-18-Q2", ValueState.AVAILABLE, BigDecimal.ONE, "1", typed, false, false),
                    typed, new StatusView.TargetView("2017-18", TargetForm.NONE, null, null, null, typed),
                    new StatusView.RagView(Rag.NOT_RATED, RagReason.NO_TARGET, typed),
                    new StatusView.OverrideView(Rag.RED, typed, typed, null),
                    new StatusView.DirectionView(null, null, Movement.NOT_COMPARABLE, Performance.NOT_COMPARABLE,
                            DirectionReason.NO_EARLIER_VALUE, typed),
                    new ScorecardResponse.Comparators("2017-18-Q2", null, typed, null, typed));
            Map<String, String> cells = rows(CsvViews.scorecard(scorecard(r))).get(0);
            for (String column : List.of("title", "directorate", "service", "plan_priority", "corporate_priority",
                    "note", "commentary", "target_text", "rag_explanation", "override_reason", "override_set_by",
                    "direction_explanation", "stat_neighbour_note", "national_note")) {
                assertEquals("'" + typed, cells.get(column), column);
            }
            Map<String, String> history = rows(CsvViews.history(new HistoryResponse("H", typed, Unit.COUNT,
                    Polarity.NONE, null, null, null, List.of(new HistoryResponse.Entry("2017-18-Q2", absent("2017-18-Q2"),
                    typed, null, null, null, null))))).get(0);
            assertEquals("'" + typed, history.get("title"));
            assertEquals("'" + typed, history.get("commentary"));
        }

        @Test
        void shouldLeaveNegativeNumbersAndTheirDisplaysAsTheyAre() throws IOException {
            Map<String, String> r = rows(CsvViews.scorecard(scorecard(row("M", "Minus",
                    available("2017-18-Q2", "-3.5", "-3.5%"), "- a dash, but text")))).get(0);
            assertEquals("-3.5", r.get("figure"));
            assertEquals("-3.5%", r.get("display"));
            assertEquals("-3.5", r.get("quarter_2_figure"));
            assertEquals("-3.5%", r.get("quarter_2_display"));
            assertEquals("-0.5", r.get("national_average"));
            assertEquals("'- a dash, but text", r.get("commentary"));
        }

        @Test
        void shouldLeaveTextThatMerelyContainsTheCharactersAlone() {
            assertEquals("a=b", CsvViews.inert("a=b"));
            assertEquals("", CsvViews.inert(""));
            assertEquals(null, CsvViews.inert(null));
            assertEquals("1 + 1 = 2", CsvViews.inert("1 + 1 = 2"));
            assertEquals("   ", CsvViews.inert("   "));
            assertEquals("\u00a0note", CsvViews.inert("\u00a0note"));
        }

        /** OWASP: spreadsheets skip what comes before a formula; so must the check (issue 10, item 11). */
        @ParameterizedTest
        @ValueSource(strings = {" =1+1", "\n=HYPERLINK(\"http://evil.example\",\"x\")", "\u00a0=1+1", "\uff1d1+1",
                "\r\n@SUM(A1)", "\t1", "\r1", " \u3000+1", "\u200b=1", "\u0000-1", "\uff0b1", "\ufe6b1", "\uff0d1"})
        void shouldNeutraliseAFormulaBehindWhitespaceControlsOrCompatibilityForms(String typed) {
            assertEquals("'" + typed, CsvViews.inert(typed));
        }
    }
}
