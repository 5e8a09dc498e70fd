package uk.org.councilkpi.problem;

import java.util.List;

/** An import with errors: nothing was written; the rows at fault are listed (at most a cap) with the total. */
public class ImportRejectedException extends ApiException {

    private final List<RowError> rowErrors;
    private final int totalErrors;

    public ImportRejectedException(List<FieldError> errors, List<RowError> rowErrors, int totalErrors) {
        super(ProblemType.IMPORT_REJECTED, detailOf(errors.size(), rowErrors, totalErrors), errors);
        this.rowErrors = List.copyOf(rowErrors);
        this.totalErrors = totalErrors;
    }

    public List<RowError> rowErrors() {
        return rowErrors;
    }

    public int totalErrors() {
        return totalErrors;
    }

    /** "3 rows rejected; nothing was written", counting each listed row once; row 0 is the body as a whole. */
    private static String detailOf(int fieldErrors, List<RowError> rowErrors, int totalErrors) {
        long rows = rowErrors.stream().mapToInt(RowError::row).filter(r -> r > 0).distinct().count();
        String what = rows == 0 ? "The batch was rejected" : rows == 1 ? "1 row rejected" : rows + " rows rejected";
        if (totalErrors > rowErrors.size()) {
            what += " (" + totalErrors + " errors, the first " + rowErrors.size() + " listed)";
        }
        if (fieldErrors > 0) {
            what = rowErrors.isEmpty() ? ProblemMapper.countDetail(fieldErrors)
                    : what + ", and " + ProblemMapper.countDetail(fieldErrors);
        }
        return what + "; nothing was written";
    }
}
