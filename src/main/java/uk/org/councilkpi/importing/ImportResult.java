package uk.org.councilkpi.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did (or, for a dry run, would do)")
public record ImportResult(
        @Schema(nullable = true, description = "The import batch written; none for a dry run", examples = "12") Long batchId,
        @Schema(description = "True when nothing was written: the counts say what the import would do") boolean dryRun,
        @Schema(description = "The rows of the batch", examples = "73") int rows,
        @Schema(description = "The figures the rows set") Counts values,
        @Schema(description = "The targets the rows set") Counts targets) {

    @Schema(name = "ImportCounts", description = "Records created, changed, and sent again unchanged (left as they were)")
    public record Counts(@Schema(examples = "70") int created, @Schema(examples = "2") int updated,
                         @Schema(examples = "1") int unchanged) {
    }
}
