package uk.org.councilkpi.importing.check;

import java.util.List;

/** The columns of a batch of figures and targets (CSV header names and JSON field names), in the template's order. */
public enum Column {
    REF(40),
    /** Ignored on import: the template carries it so that a person can see which measure a row is. */
    TITLE(Integer.MAX_VALUE),
    PERIOD(10),
    VALUE(40),
    STATE(20),
    TARGET(200),
    PROVISIONAL(5),
    ESTIMATED(5),
    NOTE(200),
    COMMENTARY(10_000);

    /** The columns as a header or a JSON row names them; a template's reference columns are read past. */
    public static final Columns<Column> ALL = new Columns<>(Column.class, List.of(REF, PERIOD),
            List.of("unit", "current_target", "previous_figure", "last_year_figure"));

    private final String header = Columns.nameOf(this);
    private final int maxLength;

    Column(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The longest cell the column can hold. */
    public int maxLength() {
        return maxLength;
    }

    public String header() {
        return header;
    }
}
