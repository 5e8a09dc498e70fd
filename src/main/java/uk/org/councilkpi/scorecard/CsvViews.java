package uk.org.councilkpi.scorecard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scorecards and histories as a spreadsheet opens them: CSV (RFC 4180: a header row, cells quoted only where they
 * must be, CRLF line ends, UTF-8), one row per indicator (scorecard) or per period (history), the columns named
 * in {@link #SCORECARD_COLUMNS} and {@link #HISTORY_COLUMNS}. Those names are part of the contract: new columns may
 * be added at the end, none renamed or moved.
 * <p>
 * Numbers are written as plain decimals (no grouping, no unit), blank when there is none (nothing recorded, or a
 * figure that is not AVAILABLE: a suppressed figure never shows its number); the {@code display} cells carry the
 * figure as a report prints it ("20.0%", "suppressed"). A scorecard's four quarters are named by position, oldest
 * first: {@code quarter_1} to {@code quarter_4}, each with its period code beside it ({@code quarter_1_period});
 * for a quarter's scorecard, {@code quarter_4} is that quarter, for a year's, {@code quarter_1} to {@code quarter_4}
 * are its Q1 to Q4.
 * <p>
 * A text cell that a spreadsheet would run as a formula ({@link #inert}: one whose first visible character is
 * {@code =}, {@code +}, {@code -} or {@code @}, or that starts with a tab or a carriage return) is prefixed with an
 * apostrophe, as OWASP advises for CSV exports. Numbers, and displays made from them ("-3.5"), are never altered.
 */
public final class CsvViews {

    /** The contract's description of a scorecard's CSV (checked against {@link #SCORECARD_COLUMNS} by a test). */
    public static final String SCORECARD_DESCRIPTION = "RFC 4180, UTF-8, CRLF, a header row, then one row per"
            + " indicator. Columns: ref, title, directorate, service, plan_priority, corporate_priority, key, unit,"
            + " polarity, period, figure, display, state, provisional, estimated, note, last_year_period,"
            + " last_year_figure, last_year_display, quarter_1_period, quarter_1_figure, quarter_1_display,"
            + " quarter_2_period, quarter_2_figure, quarter_2_display, quarter_3_period, quarter_3_figure,"
            + " quarter_3_display, quarter_4_period, quarter_4_figure, quarter_4_display, target_period, target_text,"
            + " target_form, target_value, target_low, target_high, rag_rating, rag_reason, rag_explanation,"
            + " override_rating, override_reason, override_set_by, override_set_at, direction_basis, compared_with,"
            + " movement, performance, direction_reason, direction_explanation, comparator_period,"
            + " stat_neighbour_average, stat_neighbour_note, national_average, national_note, commentary."
            + " The quarters are the last four, oldest first (quarter_4 is the scorecard's quarter; for a year, its Q1"
            + " to Q4). Figures are plain numbers, blank when none is shown (a suppressed figure never shows its"
            + " number); display is the figure as printed. Text cells whose first character other than whitespace"
            + " or a control character (after Unicode NFKC normalisation) is =, +, -, or @, or that start with tab or CR,"
            + " are prefixed with an apostrophe.";

    /** The contract's description of a history's CSV (checked against {@link #HISTORY_COLUMNS} by a test). */
    public static final String HISTORY_DESCRIPTION = "RFC 4180, UTF-8, CRLF, a header row, then one row per period,"
            + " oldest first. Columns: ref, title, unit, polarity, period, figure, display, state, provisional,"
            + " estimated, note, target_period, target_text, target_form, target_value, target_low, target_high,"
            + " rag_rating, rag_reason, rag_explanation, override_rating, override_reason, override_set_by,"
            + " override_set_at, direction_basis, compared_with, movement, performance, direction_reason,"
            + " direction_explanation, commentary. Figures are plain numbers, blank when none is shown (a suppressed"
            + " figure never shows its number); display is the figure as printed. Text cells whose first character"
            + " other than whitespace or a control character (after Unicode NFKC normalisation) is =, +, -, or @, or that"
            + " start with tab or CR, are prefixed with an apostrophe.";

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private static final int QUARTERS = 4;

    private static final List<Column<ScorecardResponse.Row>> SCORECARD = scorecardColumns();
    private static final List<Column<HistoryRow>> HISTORY = historyColumns();

    /** The header of a scorecard, in order. */
    public static final List<String> SCORECARD_COLUMNS = SCORECARD.stream().map(Column::name).toList();
    /** The header of a history, in order. */
    public static final List<String> HISTORY_COLUMNS = HISTORY.stream().map(Column::name).toList();

    private CsvViews() {
    }

    /** A scorecard as CSV: the header, then one row per indicator in the scorecard's order. */
    public static byte[] scorecard(ScorecardResponse scorecard) {
        return write(SCORECARD, scorecard.indicators());
    }

    /** A history as CSV: the header, then one row per period, oldest first. */
    public static byte[] history(HistoryResponse history) {
        List<HistoryRow> rows = history.entries().stream().map(e -> new HistoryRow(history, e)).toList();
        return write(HISTORY, rows);
    }

    /**
     * Text a spreadsheet must not run as a formula (OWASP, CSV injection), prefixed with an apostrophe when:
     * <ul>
     * <li>it starts with a tab or a carriage return; or</li>
     * <li>its first character that is neither whitespace nor a control character, after Unicode compatibility
     * normalisation (NFKC: a full-width {@code ＝} is {@code =}), is {@code =}, {@code +}, {@code -} or {@code @}.
     * Spreadsheets skip leading spaces, no-break spaces and line breaks before a formula, so a check of the first
     * character alone lets {@code " =1+1"} or {@code "\n=HYPERLINK(...)"} through.</li>
     * </ul>
     */
    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
            return "'" + text;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT) {
                i += Character.charCount(c);
                continue;
            }
            return c == '=' || c == '+' || c == '-' || c == '@' ? "'" + text : text;
        }
        return text;
    }

    private record HistoryRow(HistoryResponse history, HistoryResponse.Entry entry) {
    }

    /**
     * A column: its header, and its cell for a row. {@code text} cells hold what people typed or sentences made from
     * it, and are made inert; the others (numbers, codes, enums, true/false, instants) are written as they are.
     */
    private record Column<T>(String name, Function<T, Object> cell, boolean text) {

        String valueOf(T row) {
            Object value = cell.apply(row);
            if (value == null) {
                return null;
            }
            String s = value instanceof BigDecimal n ? n.toPlainString() : value.toString();
            return text ? inert(s) : s;
        }
    }

    private static <T> Column<T> text(String name, Function<T, Object> cell) {
        return new Column<>(name, cell, true);
    }

    private static <T> Column<T> plain(String name, Function<T, Object> cell) {
        return new Column<>(name, cell, false);
    }

    private static <T> byte[] write(List<Column<T>> columns, List<T> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(c -> schema.addColumn(c.name()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + rows.size() * 512);
        try (SequenceWriter writer = MAPPER.writer(schema.setUseHeader(true).setLineSeparator("\r\n").build())
                .writeValues(out)) {
            for (T row : rows) {
                String[] cells = new String[columns.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = columns.get(i).valueOf(row);
                }
                writer.write(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a view could not be written as CSV", e);
        }
        return out.toByteArray();
    }

    // The figure, its status and its commentary: the same columns, with the same names, in a scorecard and a history.

    private static <T> void figure(List<Column<T>> columns, Function<T, FigureView> figure) {
        columns.add(plain("figure", r -> number(figure.apply(r))));
        columns.add(plain("display", r -> display(figure.apply(r))));
        columns.add(plain("state", r -> figure.apply(r) == null ? null : figure.apply(r).state()));
        columns.add(plain("provisional", r -> figure.apply(r) == null ? null : figure.apply(r).provisional()));
        columns.add(plain("estimated", r -> figure.apply(r) == null ? null : figure.apply(r).estimated()));
        columns.add(text("note", r -> figure.apply(r) == null ? null : figure.apply(r).note()));
    }

    private static <T> void status(List<Column<T>> columns, Function<T, StatusView.TargetView> target,
                                   Function<T, StatusView.RagView> rag, Function<T, StatusView.OverrideView> override,
                                   Function<T, StatusView.DirectionView> direction) {
        columns.add(plain("target_period", r -> target.apply(r) == null ? null : target.apply(r).period()));
        columns.add(text("target_text", r -> target.apply(r) == null ? null : target.apply(r).text()));
        columns.add(plain("target_form", r -> target.apply(r) == null ? null : target.apply(r).form()));
        columns.add(plain("target_value", r -> target.apply(r) == null ? null : target.apply(r).value()));
        columns.add(plain("target_low", r -> target.apply(r) == null ? null : target.apply(r).low()));
        columns.add(plain("target_high", r -> target.apply(r) == null ? null : target.apply(r).high()));
        columns.add(plain("rag_rating", r -> rag.apply(r) == null ? null : rag.apply(r).rating()));
        columns.add(plain("rag_reason", r -> rag.apply(r) == null ? null : rag.apply(r).reason()));
        columns.add(text("rag_explanation", r -> rag.apply(r) == null ? null : rag.apply(r).explanation()));
        columns.add(plain("override_rating", r -> override.apply(r) == null ? null : override.apply(r).rating()));
        columns.add(text("override_reason", r -> override.apply(r) == null ? null : override.apply(r).reason()));
        columns.add(text("override_set_by", r -> override.apply(r) == null ? null : override.apply(r).setBy()));
        columns.add(plain("override_set_at", r -> override.apply(r) == null ? null : override.apply(r).setAt()));
        columns.add(plain("direction_basis", r -> direction.apply(r) == null ? null : direction.apply(r).basis()));
        columns.add(plain("compared_with", r -> direction.apply(r) == null ? null : direction.apply(r).comparedWith()));
        columns.add(plain("movement", r -> direction.apply(r) == null ? null : direction.apply(r).movement()));
        columns.add(plain("performance", r -> direction.apply(r) == null ? null : direction.apply(r).performance()));
        columns.add(plain("direction_reason", r -> direction.apply(r) == null ? null : direction.apply(r).reason()));
        columns.add(text("direction_explanation",
                r -> direction.apply(r) == null ? null : direction.apply(r).explanation()));
    }

    private static List<Column<ScorecardResponse.Row>> scorecardColumns() {
        List<Column<ScorecardResponse.Row>> c = new ArrayList<>();
        c.add(text("ref", ScorecardResponse.Row::ref));
        c.add(text("title", ScorecardResponse.Row::title));
        c.add(text("directorate", ScorecardResponse.Row::directorate));
        c.add(text("service", ScorecardResponse.Row::service));
        c.add(text("plan_priority", ScorecardResponse.Row::planPriority));
        c.add(text("corporate_priority", ScorecardResponse.Row::corporatePriority));
        c.add(plain("key", ScorecardResponse.Row::key));
        c.add(plain("unit", ScorecardResponse.Row::unit));
        c.add(plain("polarity", ScorecardResponse.Row::polarity));
        c.add(plain("period", r -> r.current() == null ? null : r.current().period()));
        figure(c, ScorecardResponse.Row::current);
        c.add(plain("last_year_period", r -> r.lastYearOutturn() == null ? null : r.lastYearOutturn().period()));
        c.add(plain("last_year_figure", r -> number(r.lastYearOutturn())));
        c.add(plain("last_year_display", r -> display(r.lastYearOutturn())));
        for (int q = 0; q < QUARTERS; q++) {
            int index = q;
            String name = "quarter_" + (q + 1);
            c.add(plain(name + "_period", r -> quarter(r, index) == null ? null : quarter(r, index).period()));
            c.add(plain(name + "_figure", r -> number(quarter(r, index))));
            c.add(plain(name + "_display", r -> display(quarter(r, index))));
        }
        status(c, ScorecardResponse.Row::target, ScorecardResponse.Row::rag, ScorecardResponse.Row::override,
                ScorecardResponse.Row::direction);
        c.add(plain("comparator_period", r -> r.comparators() == null ? null : r.comparators().period()));
        c.add(plain("stat_neighbour_average",
                r -> r.comparators() == null ? null : r.comparators().statNeighbourAverage()));
        c.add(text("stat_neighbour_note", r -> r.comparators() == null ? null : r.comparators().statNeighbourNote()));
        c.add(plain("national_average", r -> r.comparators() == null ? null : r.comparators().nationalAverage()));
        c.add(text("national_note", r -> r.comparators() == null ? null : r.comparators().nationalNote()));
        c.add(text("commentary", ScorecardResponse.Row::commentary));
        return List.copyOf(c);
    }

    private static List<Column<HistoryRow>> historyColumns() {
        List<Column<HistoryRow>> c = new ArrayList<>();
        c.add(text("ref", r -> r.history().ref()));
        c.add(text("title", r -> r.history().title()));
        c.add(plain("unit", r -> r.history().unit()));
        c.add(plain("polarity", r -> r.history().polarity()));
        c.add(plain("period", r -> r.entry().period()));
        figure(c, r -> r.entry().figure());
        status(c, r -> r.entry().target(), r -> r.entry().rag(), r -> r.entry().override(),
                r -> r.entry().direction());
        c.add(text("commentary", r -> r.entry().commentary()));
        return List.copyOf(c);
    }

    private static FigureView quarter(ScorecardResponse.Row row, int index) {
        return row.quarters() == null || row.quarters().size() <= index ? null : row.quarters().get(index);
    }

    private static BigDecimal number(FigureView figure) {
        return figure == null ? null : figure.number();
    }

    private static String display(FigureView figure) {
        return figure == null || figure.display() == null || figure.display().isEmpty() ? null : figure.display();
    }
}
