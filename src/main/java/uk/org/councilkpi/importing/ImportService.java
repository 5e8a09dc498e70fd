package uk.org.councilkpi.importing;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import uk.org.councilkpi.milestone.ProgressImport;
import uk.org.councilkpi.security.WriteRoles;
import uk.org.councilkpi.signoff.SignoffService;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.importing.check.BuiltRowCheck;
import uk.org.councilkpi.importing.check.EnteredBy;
import uk.org.councilkpi.importing.read.CsvBatchReader;
import uk.org.councilkpi.importing.stage.ImportBatches;
import uk.org.councilkpi.importing.stage.ImportRepository;
import uk.org.councilkpi.importing.check.ImportRow;
import uk.org.councilkpi.importing.read.JsonBatchReader;
import uk.org.councilkpi.importing.read.LimitedInputStream;
import uk.org.councilkpi.importing.check.RowErrors;
import uk.org.councilkpi.importing.check.RowSink;
import uk.org.councilkpi.importing.stage.Staging;
import uk.org.councilkpi.importing.read.XlsxBatchReader;

/**
 * Loads a batch of figures and targets, all or nothing, in one transaction: the rows are read and checked one by one
 * as they arrive and streamed into a staging table (COPY); the checks across rows and against the database are then
 * set-based SQL, and so is the merge. Memory does not grow with the batch: only the errors (at most a thousand are
 * listed) and the current row are held.
 */
@ApplicationScoped
public class ImportService {

    /** Where a batch came from, as import_batch records it. */
    public enum Source { CSV, XLSX, JSON, DEMO }

    private final ImportRepository repository;
    private final ImportBatches batches;
    private final ImportConfig config;
    private final WriteRoles writeRoles;
    private final SignoffService signoffs;
    private final ProgressImport progressImport;

    public ImportService(ImportRepository repository, ImportBatches batches, ImportConfig config, WriteRoles writeRoles,
                         SignoffService signoffs, ProgressImport progressImport) {
        this.repository = repository;
        this.batches = batches;
        this.config = config;
        this.writeRoles = writeRoles;
        this.signoffs = signoffs;
        this.progressImport = progressImport;
    }

    /**
     * Imports a CSV or JSON body. Who enters it: {@code enteredBy} (required for CSV), or the JSON body's. A dry run
     * checks everything and counts what would change, writing nothing (not even a batch).
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportResult importBody(Source format, InputStream body, String enteredBy, boolean dryRun) {
        return importBody(format, body, enteredBy, dryRun, true, null);
    }

    /**
     * As {@link #importBody(Source, InputStream, String, boolean)}; {@code checkTitles} false loads rows whose title is not
     * their ref's; {@code sheet} names a workbook's sheet (the first when null).
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportResult importBody(Source format, InputStream body, String enteredBy, boolean dryRun, boolean checkTitles,
                                   String sheet) {
        List<FieldError> fieldErrors = new ArrayList<>();
        if (format == Source.CSV || format == Source.XLSX) {
            EnteredBy.check(enteredBy, "as the query parameter enteredBy", fieldErrors);
            if (!fieldErrors.isEmpty()) {
                throw ApiException.invalid(fieldErrors);
            }
        }
        InputStream limited = new LimitedInputStream(body, config.maxBytes().asLongValue());
        if (format != Source.XLSX) { // a batch of milestones' progress: its own reader and checks
            java.io.BufferedInputStream peekable = new java.io.BufferedInputStream(limited, ProgressImport.PEEK);
            try {
                if (ProgressImport.isProgressBatch(format == Source.JSON, peekable)) {
                    return progressImport.importBody(format.name(), peekable, enteredBy, dryRun, errors());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            limited = peekable;
        }
        Batch batch = open();
        String who = enteredBy;
        try {
            if (format == Source.CSV) {
                batch.rows = CsvBatchReader.read(limited, batch);
            } else if (format == Source.XLSX) {
                batch.rows = XlsxBatchReader.read(limited, sheet, batch);
            } else {
                JsonBatchReader.Result result = JsonBatchReader.read(limited, batch);
                batch.rows = result.rows();
                who = EnteredBy.of(enteredBy, result.enteredBy(), fieldErrors);
            }
            batch.staging.finish();
        } catch (IOException e) {
            batch.staging.cancel();
            throw new UncheckedIOException(e);
        } catch (SQLException | RuntimeException e) {
            batch.staging.cancel();
            throw rethrow(e);
        }
        batch.checkTitles = checkTitles;
        return complete(batch, format, who, dryRun, fieldErrors);
    }

    /** Imports rows built in Java (the demo data set), checked as a body's are, in the caller's transaction. */
    @Transactional
    public ImportResult importRows(Iterator<ImportRow> rows, String enteredBy) {
        List<FieldError> fieldErrors = new ArrayList<>();
        EnteredBy.check(enteredBy, "", fieldErrors);
        Batch batch = open();
        try {
            while (rows.hasNext()) {
                batch.rows++;
                BuiltRowCheck.check(rows.next(), batch);
            }
            batch.staging.finish();
        } catch (SQLException | RuntimeException e) {
            batch.staging.cancel();
            throw rethrow(e);
        }
        return complete(batch, Source.DEMO, enteredBy, false, fieldErrors);
    }

    private Batch open() {
        try {
            return new Batch(repository.openStaging(), errors());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the import's staging table", e);
        }
    }

    private RowErrors errors() {
        return new RowErrors(config.maxListedErrors());
    }

    private ImportResult complete(Batch batch, Source source, String enteredBy, boolean dryRun,
                                  List<FieldError> fieldErrors) {
        try {
            if (batch.staged > 0) {
                repository.crossChecks(batch.errors::add, writeRoles.mayWrite(WriteRoles.TARGETS), batch.checkTitles,
                        signoffs.lockedTargets(repository.targetPeriods()));
            }
            batch.errors.rejectIfAny(fieldErrors);
            if (dryRun) {
                return result(null, true, batch, repository.countValues(), repository.countTargets());
            }
            return batches.write(source.name(), enteredBy, batch.rows, written -> result(written.id(), false, batch,
                    repository.mergeValues(written.author(), written.at(), written.id()),
                    repository.mergeTargets(written.author(), written.at(), written.id())));
        } catch (SQLException e) {
            throw new IllegalStateException("The import failed in the database", e);
        }
    }

    private static ImportResult result(Long batchId, boolean dryRun, Batch batch, int[] values, int[] targets) {
        return new ImportResult(batchId, dryRun, batch.rows, batch.skipped,
                new ImportResult.Counts(values[0], values[1], batch.figures - values[0] - values[1]),
                new ImportResult.Counts(targets[0], targets[1], batch.targets - targets[0] - targets[1]),
                dryRun ? List.copyOf(batch.read) : List.of());
    }

    private static RuntimeException rethrow(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException("The import failed in the database", e);
    }

    /** A batch being read: it stages each row with a ref, keeps the errors and counts what the rows set. */
    private static final class Batch implements RowSink {

        private final Staging staging;
        private final RowErrors errors;
        private int rows;
        private int staged;
        private int figures;
        private int targets;
        private int skipped;
        private boolean checkTitles = true;
        /** The first rows as read, for a dry run to show. */
        private final List<ImportResult.ReadRow> read = new ArrayList<>();

        Batch(Staging staging, RowErrors errors) {
            this.staging = staging;
            this.errors = errors;
        }

        @Override
        public void row(ImportRow row) {
            staged++;
            if (read.size() < ImportResult.MAX_READ_ROWS) {
                read.add(ImportResult.ReadRow.of(row));
            }
            figures += row.figure() == null ? 0 : 1;
            targets += row.target() == null ? 0 : 1;
            try {
                staging.add(row);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not stage row " + row.row(), e);
            }
        }

        @Override
        public void skipped(int row) {
            skipped++;
        }

        @Override
        public void error(RowError error) {
            errors.add(error);
        }
    }
}
