package uk.org.councilkpi.importing.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of an import (CSV header names and JSON field names), in the template's order. */
public enum Column {
    REF("ref", 40),
    /** Ignored on import: the template carries it so that a person can see which measure a row is. */
    TITLE("title", Integer.MAX_VALUE),
    PERIOD("period", 10),
    VALUE("value", 40),
    STATE("state", 20),
    TARGET("target", 200),
    PROVISIONAL("provisional", 5),
    ESTIMATED("estimated", 5),
    NOTE("note", 200),
    COMMENTARY("commentary", 10_000);

    private final String header;
    private final int maxLength;

    Column(String header, int maxLength) {
        this.header = header;
        this.maxLength = maxLength;
    }

    /** The longest cell the column can hold. */
    public int maxLength() {
        return maxLength;
    }

    public String header() {
        return header;
    }

    /** The column a CSV header names, whatever its case and surrounding spaces. */
    public static Optional<Column> ofHeader(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }

    /** The column a JSON field names, exactly. */
    public static Optional<Column> ofField(String name) {
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Column::header).toList());
    }
}
