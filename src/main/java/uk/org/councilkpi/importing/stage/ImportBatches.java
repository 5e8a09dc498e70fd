package uk.org.councilkpi.importing.stage;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import uk.org.councilkpi.common.Audit;

/**
 * The import_batch bookkeeping every import shares, whatever it loads (figures and targets, milestones' progress):
 * the batch's row, written with its author and time and named to the database so that every row the import writes
 * records both (V7), then what the batch did. Must be called inside the importing transaction.
 */
@ApplicationScoped
public class ImportBatches {

    /** A batch being written: its id, its author as the rows record it, and when it was written. */
    public record Batch(long id, String author, Instant at) {
    }

    private final ImportRepository repository;
    private final Audit audit;
    private final Clock clock;

    public ImportBatches(ImportRepository repository, Audit audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a batch of {@code rows} rows from {@code source} (CSV, JSON...), entered by {@code enteredBy}. */
    public Batch open(String source, String enteredBy, int rows) throws SQLException {
        Instant now = clock.instant();
        String author = audit.actor(enteredBy);
        long id = repository.insertBatch(source, author, now, rows);
        audit.batch(id);
        return new Batch(id, author, now);
    }

    /** Records what the batch did: rows created, updated and sent again unchanged. */
    public void complete(Batch batch, int created, int updated, int unchanged) throws SQLException {
        repository.completeBatch(batch.id(), created, updated, unchanged);
    }
}
