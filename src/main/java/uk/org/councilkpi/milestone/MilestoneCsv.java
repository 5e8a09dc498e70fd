package uk.org.councilkpi.milestone;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import uk.org.councilkpi.scorecard.CsvViews;

/**
 * Milestones' progress as a spreadsheet opens it, written as scorecards are ({@link CsvViews}): RFC 4180, UTF-8,
 * CRLF, a header row; text cells a spreadsheet would run as a formula prefixed with an apostrophe.
 */
final class MilestoneCsv {

    static final String PERIOD_DESCRIPTION = "RFC 4180, UTF-8, CRLF, a header row, then one row per milestone."
            + " Columns: ref, title, kind, objective, plan, directorate, service, responsible_officer, responsible_email,"
            + " due_by, period, rating, meaning, commentary, entered_by, entered_at, overdue, direction,"
            + " previous_period, previous_rating, direction_explanation. Text cells whose first character other than"
            + " whitespace or a control character is =, +, -, or @, or that start with tab or CR, are prefixed with an"
            + " apostrophe.";
    static final String HISTORY_DESCRIPTION = "RFC 4180, UTF-8, CRLF, a header row, then one row per quarter, oldest"
            + " first, with the same columns as a quarter's milestones (ref, title, kind, objective, plan, directorate,"
            + " service, responsible_officer, responsible_email, due_by, period, rating, meaning, commentary,"
            + " entered_by, entered_at, overdue, direction, previous_period, previous_rating, direction_explanation).";

    private static final List<String> COLUMNS = List.of("ref", "title", "kind", "objective", "plan", "directorate",
            "service", "responsible_officer", "responsible_email", "due_by", "period", "rating", "meaning", "commentary",
            "entered_by", "entered_at", "overdue", "direction", "previous_period", "previous_rating",
            "direction_explanation");
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private MilestoneCsv() {
    }

    static byte[] period(PeriodMilestonesResponse view) {
        return write(view.milestones().stream().map(r -> row(r.milestone(), r.progress())).toList());
    }

    static byte[] history(MilestoneHistoryResponse history) {
        return write(history.entries().stream().map(e -> row(history.milestone(), e)).toList());
    }

    private static String[] row(MilestoneResponse m, ProgressView p) {
        return new String[] {text(m.ref()), text(m.title()), plain(m.kind()), text(m.objective()), text(m.plan()),
                text(m.directorate()), text(m.service()), text(m.responsibleOfficer()), text(m.responsibleEmail()),
                plain(m.dueBy()), plain(p.period()), plain(p.rating()), text(p.meaning()), text(p.commentary()),
                text(p.enteredBy()), plain(p.enteredAt()), plain(p.overdue()), plain(p.direction().direction()),
                plain(p.direction().previousPeriod()), plain(p.direction().previousRating()),
                text(p.direction().explanation())};
    }

    private static String text(String s) {
        return CsvViews.inert(s);
    }

    private static String plain(Object o) {
        return o == null ? null : o.toString();
    }

    private static byte[] write(List<String[]> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + rows.size() * 256);
        try (SequenceWriter writer = MAPPER.writer(schema.setUseHeader(true).setLineSeparator("\r\n").build())
                .writeValues(out)) {
            for (String[] row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a view could not be written as CSV", e);
        }
        return out.toByteArray();
    }
}
