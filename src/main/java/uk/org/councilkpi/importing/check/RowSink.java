package uk.org.councilkpi.importing.check;

import uk.org.councilkpi.problem.RowError;

/** Where the readers put what they read: each row with a ref (for the checks across rows), and each error. */
public interface RowSink {

    void row(ImportRow row);

    void error(RowError error);

    /** A spreadsheet row that is blank, or sets nothing (a template row left as it was): skipped, not an error. */
    default void skipped(int row) {
    }
}
