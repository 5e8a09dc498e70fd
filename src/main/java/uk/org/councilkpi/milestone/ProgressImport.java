package uk.org.councilkpi.milestone;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.org.councilkpi.importing.ImportResult;
import uk.org.councilkpi.importing.check.EnteredBy;
import uk.org.councilkpi.importing.check.RowErrors;
import uk.org.councilkpi.importing.read.CsvRecords;
import uk.org.councilkpi.importing.read.JsonBatchReader;
import uk.org.councilkpi.importing.stage.ImportBatches;
import uk.org.councilkpi.importing.stage.ImportRepository;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;

/**
 * Milestones' progress through the bulk import ({@code POST /api/v1/imports}), all or nothing, with a dry run and row
 * errors with codes, as for figures. A batch is of progress when its CSV header, or its first JSON row, names a
 * {@code milestone} column: {@code milestone,period,rating,commentary} (one row per milestone and quarter; the
 * officer's return as a performance team collects it). Figures and progress go in separate batches: a row is either
 * an indicator's figure or a milestone's rating, and their columns do not overlap.
 * <p>
 * The body is read by the import's readers ({@link ProgressCsv}, {@link JsonBatchReader}) and the batch is recorded
 * as every import's is ({@link ImportBatches}). A quarter's progress is a few dozen to a few hundred rows, so a batch
 * is held whole (at most {@value #MAX_ROWS} rows) and checked with a fixed number of queries (milestones, signed-off
 * quarters, current progress).
 */
@ApplicationScoped
public class ProgressImport {

    /** How much of a body is looked at to tell a batch of progress from one of figures. */
    public static final int PEEK = 256 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final JsonFactory JSON = new JsonFactory();

    private final ProgressChecks checks;
    private final ImportBatches batches;
    private final ImportRepository repository;

    public ProgressImport(ProgressChecks checks, ImportBatches batches, ImportRepository repository) {
        this.checks = checks;
        this.batches = batches;
        this.repository = repository;
    }

    /**
     * Whether a body (CSV, or JSON) is a batch of progress: its CSV header names a {@code milestone} column, or the
     * first row of its JSON {@code rows} has a {@code milestone} field. Looks at most {@link #PEEK} bytes and puts
     * them back.
     */
    public static boolean isProgressBatch(boolean json, BufferedInputStream body) throws IOException {
        body.mark(PEEK);
        byte[] head = body.readNBytes(PEEK);
        body.reset();
        if (!json) {
            CsvRecords header = CsvRecords.utf8(new ByteArrayInputStream(head), PEEK);
            return header.next() && IntStream.range(0, header.size()).anyMatch(i -> ProgressColumn.ALL
                    .ofHeader(header.field(i)).orElse(null) == ProgressColumn.MILESTONE);
        }
        try (JsonParser parser = JSON.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("rows") && value == JsonToken.START_ARRAY) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        return false;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        if (parser.currentName().equals("milestone")) {
                            return true;
                        }
                        parser.nextToken();
                        parser.skipChildren();
                    }
                    return false;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return false; // not readable JSON in its first bytes: the figures' reader says what is wrong with it
        }
        return false;
    }

    /**
     * Imports a batch of progress; {@code source} is CSV or JSON, as import_batch records it; the errors are
     * listed as a batch of figures lists them.
     */
    @Transactional
    public ImportResult importBody(String source, InputStream body, String enteredBy, boolean dryRun, RowErrors errors) {
        List<FieldError> fieldErrors = new ArrayList<>();
        List<ProgressRow> rows = new ArrayList<>();
        String who = enteredBy;
        int skipped = 0;
        try {
            if (source.equals("JSON")) {
                int[] faulty = {-1}; // a row the reader found at fault (a field unknown or twice) is not checked further
                JsonBatchReader.Result result = JsonBatchReader.read(body, ProgressColumn.ALL, (row, cells) -> {
                    if (row != faulty[0]) {
                        ProgressRow.check(row, cells, errors::add).ifPresent(rows::add);
                    }
                }, error -> {
                    faulty[0] = error.row();
                    errors.add(error);
                });
                who = EnteredBy.of(enteredBy, result.enteredBy(), fieldErrors);
            } else {
                skipped = ProgressCsv.read(body, rows, errors::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(0, null, null, "has " + rows.size() + " rows: a batch of progress has at most "
                    + MAX_ROWS, RowErrorCode.MALFORMED));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, null, null, "The batch has no rows", RowErrorCode.NO_ROWS));
        }
        Map<String, Long> byRef = checks.check(rows, errors);
        errors.rejectIfAny(fieldErrors);
        try {
            return merge(source, rows, byRef, who, dryRun, skipped);
        } catch (SQLException e) {
            throw new IllegalStateException("The import failed in the database", e);
        }
    }

    private ImportResult merge(String source, List<ProgressRow> rows, Map<String, Long> byRef, String who,
                               boolean dryRun, int skipped) throws SQLException {
        List<ImportRepository.Progress> progress = rows.stream().map(r -> new ImportRepository.Progress(
                byRef.get(r.milestone()), r.period(), r.rating().name(), r.commentary())).toList();
        if (dryRun) {
            return result(null, rows, skipped, repository.countProgress(progress));
        }
        return batches.write(source, who, rows.size() + skipped, batch -> result(batch.id(), rows, skipped,
                repository.mergeProgress(progress, batch.at())));
    }

    /** What a batch did (or, for a dry run, would do), from the merge's created and updated. */
    private static ImportResult result(Long batchId, List<ProgressRow> rows, int skipped, int[] merged) {
        ImportResult.Counts none = new ImportResult.Counts(0, 0, 0);
        return new ImportResult(batchId, batchId == null, rows.size() + skipped, skipped, none, none,
                batchId == null ? read(rows) : List.of(),
                new ImportResult.Counts(merged[0], merged[1], rows.size() - merged[0] - merged[1]));
    }

    private static List<ImportResult.ReadRow> read(List<ProgressRow> rows) {
        return rows.stream().limit(1000).map(r -> new ImportResult.ReadRow(r.row(), r.milestone(), r.period(), null,
                null, false, false, null, null, r.readAs())).toList();
    }
}
