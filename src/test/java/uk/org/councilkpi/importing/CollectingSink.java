package uk.org.councilkpi.importing;

import java.util.ArrayList;
import java.util.List;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.importing.check.ImportRow;
import uk.org.councilkpi.importing.check.RowSink;

/** What a reader passed on, for the plain JUnit tests of reading and checking rows. */
final class CollectingSink implements RowSink {

    final List<ImportRow> rows = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();

    @Override
    public void row(ImportRow row) {
        rows.add(row);
    }

    @Override
    public void error(RowError error) {
        errors.add(error);
    }

    List<RowErrorCode> codes() {
        return errors.stream().map(RowError::code).toList();
    }

    /** "row:column:code" for each error, for compact assertions. */
    List<String> described() {
        return errors.stream().map(e -> e.row() + ":" + e.column() + ":" + e.code()).toList();
    }
}
