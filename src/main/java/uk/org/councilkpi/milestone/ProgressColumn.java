package uk.org.councilkpi.milestone;

import java.util.List;
import uk.org.councilkpi.importing.check.Columns;

/** The columns of a batch of progress (CSV header names and JSON field names); the title is ignored. */
enum ProgressColumn {
    MILESTONE, PERIOD, RATING, COMMENTARY, TITLE;

    static final Columns<ProgressColumn> ALL = new Columns<>(ProgressColumn.class, List.of(MILESTONE, PERIOD, RATING),
            List.of());
}
