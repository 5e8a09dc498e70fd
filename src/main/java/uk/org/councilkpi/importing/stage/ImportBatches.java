package uk.org.councilkpi.importing.stage;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stamp;
import uk.org.councilkpi.importing.ImportResult;

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

    /** What an import writes in its batch, and what it did. */
    public interface Write {
        ImportResult write(Batch batch) throws SQLException;
    }

    private final ImportRepository repository;
    private final Audit audit;

    public ImportBatches(ImportRepository repository, Audit audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * Writes a batch of {@code rows} rows from {@code source} (CSV, JSON...), entered by {@code enteredBy}: opens it,
     * lets {@code write} merge its rows, and records the counts of what it did.
     */
    public ImportResult write(String source, String enteredBy, int rows, Write write) throws SQLException {
        Stamp stamp = audit.stamp(enteredBy);
        long id = repository.insertBatch(source, stamp.by(), stamp.at(), rows);
        audit.batch(id);
        ImportResult result = write.write(new Batch(id, stamp.by(), stamp.at()));
        repository.completeBatch(id, result.values().created() + result.targets().created() + result.progress().created(),
                result.values().updated() + result.targets().updated() + result.progress().updated(),
                result.values().unchanged() + result.targets().unchanged() + result.progress().unchanged());
        return result;
    }
}
