package uk.org.councilkpi.importing;

import java.math.BigDecimal;
import java.util.List;
import uk.org.councilkpi.status.ValueState;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did (or, for a dry run, would do)")
public record ImportResult(
        @Schema(nullable = true, description = "The import batch written; none for a dry run", examples = "12") Long batchId,
        @Schema(description = "True when nothing was written: the counts say what the import would do") boolean dryRun,
        @Schema(description = "The rows of the batch", examples = "73") int rows,
        @Schema(description = "Spreadsheet rows skipped: blank, or setting nothing (template rows left as they were)",
                examples = "68") int skipped,
        @Schema(description = "The figures the rows set") Counts values,
        @Schema(description = "The targets the rows set") Counts targets,
        @Schema(description = "For a dry run, each row as it was read (the first 1,000), so that the interpretation of"
                + " every cell can be checked before the batch is sent for real; empty otherwise") List<ReadRow> read,
        @Schema(description = "The milestones' progress the rows set (a batch with a milestone column)") Counts progress) {

    static final int MAX_READ_ROWS = 1000;

    /** What a batch of figures and targets did: no progress. */
    public ImportResult(Long batchId, boolean dryRun, int rows, int skipped, Counts values, Counts targets,
                        List<ReadRow> read) {
        this(batchId, dryRun, rows, skipped, values, targets, read, new Counts(0, 0, 0));
    }

    @Schema(name = "ImportCounts", description = "Records created, changed, and sent again unchanged (left as they were)")
    public record Counts(@Schema(examples = "70") int created, @Schema(examples = "2") int updated,
                         @Schema(examples = "1") int unchanged) {
    }

    @Schema(name = "ImportReadRow", description = "A row of a batch as the import read it")
    public record ReadRow(
            @Schema(examples = "3") int row,
            @Schema(description = "The indicator's ref; for a row of progress, the milestone's", examples = "1.5") String ref,
            @Schema(nullable = true, description = "The period's code; null when it could not be read", examples = "2017-18-Q2") String period,
            @Schema(nullable = true, description = "The figure's state, when the row sets a figure", examples = "AVAILABLE") ValueState state,
            @Schema(nullable = true, description = "The figure's number, as it will be stored", examples = "85") BigDecimal number,
            boolean provisional,
            boolean estimated,
            @Schema(nullable = true, description = "The figure's note") String note,
            @Schema(nullable = true, description = "The target as written, when the row sets one", examples = "<20%") String target,
            @Schema(description = "How cells written as a person would were read", examples = "[\"value '85%' read as 85 (a percentage)\"]")
            List<String> readAs) {

        static ReadRow of(ImportRow r) {
            ImportRow.Figure f = r.figure();
            return new ReadRow(r.row(), r.ref(), r.period(), f == null ? null : f.state(), f == null ? null : f.number(),
                    f != null && f.provisional(), f != null && f.estimated(), f == null ? null : f.note(),
                    r.target() == null ? null : r.target().text(), r.readAs());
        }
    }
}
