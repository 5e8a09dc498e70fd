package uk.org.councilkpi.importing;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.councilkpi.status.ValueState;

/**
 * The JSON form of an import, for the contract only: the body is read token by token ({@link JsonBatchReader}),
 * never bound to these records, so that a batch of any size costs the memory of one row.
 */
@Schema(name = "ImportBatch", description = "A batch of figures and targets; each row sets the figure of (ref, period)"
        + " when it has a value or a state, and its target when it has a target")
public record ImportBody(
        @Schema(description = "Who enters the batch (or the query parameter enteredBy)", maxLength = 100,
                examples = "performance.team") String enteredBy,
        @Schema(required = true, description = "The rows; each (ref, period) at most once") List<Row> rows) {

    @Schema(name = "ImportRow", description = "One row: a figure, a target, or both, of one indicator for one period;"
            + " or, in a batch of progress (its first row has a milestone), one milestone's rating for one quarter")
    public record Row(
            @Schema(description = "The indicator (required in a batch of figures)", examples = "1.5") String ref,
            @Schema(required = true, description = "A financial year or a quarter", examples = "2017-18-Q2") String period,
            @Schema(description = "The figure, a JSON number in the indicator's unit (20 for 20%)", examples = "20")
            BigDecimal value,
            @Schema(description = "Default AVAILABLE when a value is given; SUPPRESSED may keep a value; the other"
                    + " states have none") ValueState state,
            @Schema(description = "The target as the council writes it", examples = "<20%") String target,
            @Schema(description = "The figure may still change (default false)") Boolean provisional,
            @Schema(description = "The figure is an estimate (default false)") Boolean estimated,
            @Schema(maxLength = 200, description = "A short qualifier printed beside the figure", examples = "July fig")
            String note,
            @Schema(maxLength = 10000, description = "The commentary for scrutiny") String commentary,
            @Schema(description = "Ignored: the template carries it for people to read") String title,
            @Schema(description = "The milestone (a batch of progress: with period, rating and commentary only)",
                    examples = "P1.3") String milestone,
            @Schema(description = "The milestone's progress in the quarter (a batch of progress)")
            uk.org.councilkpi.status.ProgressRating rating) {
    }
}
