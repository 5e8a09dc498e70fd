package uk.org.councilkpi.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Reads CSV records (RFC 4180: commas, cells in double quotes with {@code ""} for a quote, CRLF, LF or CR line ends)
 * one at a time, in bounded memory whatever it is sent: at most {@link #MAX_FIELDS} cells of a record and
 * {@code maxChars} characters of a cell are kept, and what is cut is flagged, never an error here.
 */
public final class CsvRecords {

    /** How a record's quoting went: its last cell's quote not closed, or text after a closing quote. */
    public enum Quoting { WELL_FORMED, STRAY_QUOTE, UNCLOSED_QUOTE }

    /** Far more than the ten columns of an import; the cells beyond are only counted and looked at. */
    static final int MAX_FIELDS = 64;

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private final StringBuilder[] fields = new StringBuilder[MAX_FIELDS];
    private final boolean[] truncated = new boolean[MAX_FIELDS];
    private int count;
    private int number;
    private boolean nonBlankBeyond;
    private Quoting quoting;
    /** Whether the current cell has begun (a quote opens a quoted cell only at its start). */
    private boolean started;

    /** The records of a UTF-8 body ({@link Utf8Reader}), keeping at most {@code maxChars} characters of a cell. */
    public static CsvRecords utf8(InputStream body, int maxChars) {
        return new CsvRecords(new Utf8Reader(body), maxChars);
    }

    CsvRecords(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
        for (int i = 0; i < MAX_FIELDS; i++) {
            fields[i] = new StringBuilder();
        }
    }

    /** Reads the next record; false at the end of the input. */
    public boolean next() throws IOException {
        if (peek() < 0) {
            return false;
        }
        number++;
        count = 0;
        nonBlankBeyond = false;
        quoting = Quoting.WELL_FORMED;
        startField();
        while (true) {
            // Plain characters are copied in runs, straight from the buffer: the common case, kept cheap.
            int from = position;
            while (position < limit && isPlain(buffer[position])) {
                position++;
            }
            append(from, position);
            int c = peek();
            if (c < 0) {
                return true;
            }
            if (isPlain(c)) {
                continue; // the buffer was refilled
            }
            position++;
            if (c == '"') {
                if (started) {
                    append('"'); // a quote inside a plain cell is taken as written
                } else if (!quoted()) {
                    return true;
                }
            } else if (c == ',') {
                startField();
            } else {
                if (c == '\r' && peek() == '\n') {
                    position++;
                }
                return true;
            }
        }
    }

    private static boolean isPlain(int c) {
        return c != ',' && c != '\r' && c != '\n' && c != '"';
    }

    /** Reads a quoted cell after its opening quote; false when the record ended with it (line end or input end). */
    private boolean quoted() throws IOException {
        started = true;
        while (true) {
            int from = position;
            while (position < limit && buffer[position] != '"') {
                position++;
            }
            append(from, position);
            int c = read();
            if (c < 0) {
                quoting = Quoting.UNCLOSED_QUOTE;
                return false;
            }
            if (c != '"') {
                append((char) c);
            } else if (peek() == '"') {
                read();
                append('"');
            } else {
                break;
            }
        }
        int c = peek();
        if (c < 0 || c == ',' || c == '\r' || c == '\n') {
            return true;
        }
        quoting = Quoting.STRAY_QUOTE; // text after the closing quote: read on as plain text
        return true;
    }

    /** The record's number, the first being 1. */
    public int number() {
        return number;
    }

    /** How many cells the record has, kept or not. */
    public int count() {
        return count;
    }

    /** How many cells are kept. */
    public int size() {
        return Math.min(count, MAX_FIELDS);
    }

    public String field(int i) {
        return fields[i].toString();
    }

    public boolean truncated(int i) {
        return truncated[i];
    }

    /** Whether a cell beyond the kept ones holds more than spaces. */
    public boolean nonBlankBeyond() {
        return nonBlankBeyond;
    }

    public Quoting quoting() {
        return quoting;
    }

    /** The first kept cell holding bytes that are not UTF-8, or -1. */
    public int firstMalformed() {
        for (int i = 0; i < size(); i++) {
            if (fields[i].indexOf(String.valueOf(Utf8Reader.MALFORMED)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Every cell empty or spaces (an empty line, or a spreadsheet's row of commas). */
    public boolean blank() {
        if (nonBlankBeyond || quoting == Quoting.UNCLOSED_QUOTE) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (truncated[i] || !fields[i].toString().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void startField() {
        if (count < MAX_FIELDS) {
            fields[count].setLength(0);
            truncated[count] = false;
        }
        count++;
        started = false;
    }

    /** Appends buffer[from, to) to the current cell, within the limits. */
    private void append(int from, int to) {
        if (to <= from) {
            return;
        }
        started = true;
        int i = count - 1;
        if (i >= MAX_FIELDS) {
            for (int k = from; k < to; k++) {
                nonBlankBeyond |= !Character.isWhitespace(buffer[k]);
            }
        } else {
            int room = maxChars - fields[i].length();
            if (to - from > room) {
                truncated[i] = true;
            }
            fields[i].append(buffer, from, Math.min(to - from, Math.max(room, 0)));
        }
    }

    private void append(char c) {
        started = true;
        int i = count - 1;
        if (i >= MAX_FIELDS) {
            nonBlankBeyond |= !Character.isWhitespace(c);
        } else if (fields[i].length() < maxChars) {
            fields[i].append(c);
        } else {
            truncated[i] = true;
        }
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private int peek() throws IOException {
        while (position >= limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position];
    }
}
