package uk.org.councilkpi.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected row (or cell) of an import, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"row", "reason"}, description = "A row of an import that was rejected, the column and why")
public record RowError(
        @Schema(description = "The row: in a CSV the record number, the header being row 1; in JSON the 1-based index"
                + " in rows; 0 for the body as a whole", examples = "3") int row,
        @Schema(description = "The column (CSV) or field (JSON), when one is at fault", examples = "period") String column,
        @Schema(description = "The cell as sent, cut to 200 characters", examples = "2017-18-Q5") String value,
        @Schema(description = "Why it was rejected", examples = "'2017-18-Q5' has no quarter 5: quarters are Q1 to Q4")
        String reason,
        @Schema(description = "A stable code for the kind of error", examples = "INVALID_PERIOD") RowErrorCode code) {

    /** The most of a cell an error repeats. */
    public static final int MAX_VALUE_CHARS = 200;

    public RowError {
        if (value != null && value.length() > MAX_VALUE_CHARS) {
            value = value.substring(0, MAX_VALUE_CHARS);
        }
    }
}
