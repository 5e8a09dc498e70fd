package uk.org.councilkpi.importing.check;

/**
 * A cell as sent: CSV cells are all {@code TEXT}; a JSON field keeps its type ({@code STRING}, {@code NUMBER}...) so
 * that {@code "20"} for a number can be refused. {@code truncated}: the cell was longer than the reader keeps, and
 * only its start is here.
 */
public record Cell(Kind kind, String text, boolean truncated) {

    public enum Kind { TEXT, STRING, NUMBER, BOOLEAN, NULL, STRUCTURE }

    public static Cell text(String text) {
        return new Cell(Kind.TEXT, text, false);
    }

    /** A CSV cell or a JSON string. */
    boolean isText() {
        return kind == Kind.TEXT || kind == Kind.STRING;
    }

    /** Nothing given: an empty CSV cell, a JSON null. */
    boolean blank() {
        return kind == Kind.NULL || (isText() && !truncated && text.isBlank());
    }

    /**
     * Nothing given where a number or a true/false goes: an empty CSV cell or a JSON null. A JSON string, even a blank
     * one, is given there, and of the wrong type, as a request body's would be.
     */
    boolean blankAsTyped() {
        return kind == Kind.NULL || (kind == Kind.TEXT && !truncated && text.isBlank());
    }
}
