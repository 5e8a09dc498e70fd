package uk.org.councilkpi.importing.stage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import uk.org.councilkpi.importing.check.ImportRow;

/**
 * Streams rows into the transaction's staging table with PostgreSQL COPY (text format), in chunks of
 * {@value #CHUNK} bytes: the rows go to the database as they are read and none is kept in memory.
 */
public final class Staging {

    static final String COLUMNS = "row_no, ref, period, sets_value, state, number, provisional, estimated, note,"
            + " commentary, sets_target, form, t_value, t_low, t_high, t_text, title, value_percent";
    private static final int CHUNK = 64 * 1024;

    private final CopyIn copy;
    private final byte[] chunk = new byte[CHUNK];
    private final StringBuilder line = new StringBuilder(256);
    private int used;

    Staging(CopyIn copy) {
        this.copy = copy;
    }

    public void add(ImportRow row) throws SQLException {
        line.setLength(0);
        line.append(row.row());
        text(row.ref());
        text(row.period());
        ImportRow.Figure f = row.figure();
        bool(f != null);
        text(f == null || f.state() == null ? null : f.state().name());
        number(f == null ? null : f.number());
        bool(f != null && f.provisional());
        bool(f != null && f.estimated());
        text(f == null ? null : f.note());
        text(f == null ? null : f.commentary());
        ImportRow.Target t = row.target();
        bool(t != null);
        text(t == null || t.spec() == null ? null : t.spec().form().name());
        number(t == null || t.spec() == null ? null : t.spec().value());
        number(t == null || t.spec() == null ? null : t.spec().low());
        number(t == null || t.spec() == null ? null : t.spec().high());
        text(t == null ? null : t.text());
        text(row.title());
        bool(row.percent());
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        if (used + bytes.length > CHUNK) {
            flush();
        }
        if (bytes.length > CHUNK) {
            copy.writeToCopy(bytes, 0, bytes.length);
        } else {
            System.arraycopy(bytes, 0, chunk, used, bytes.length);
            used += bytes.length;
        }
    }

    /** Ends the COPY; returns the number of rows staged. */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons the COPY, so that the connection can roll the transaction back. */
    public void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // The COPY is cancelled with an error by design; the transaction rolls back either way.
        }
    }

    private void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(chunk, 0, used);
            used = 0;
        }
    }

    private void bool(boolean b) {
        line.append('\t').append(b ? 't' : 'f');
    }

    private void number(BigDecimal n) {
        line.append('\t');
        if (n == null) {
            line.append("\\N");
        } else {
            line.append(n.toPlainString());
        }
    }

    /** A text cell, escaped for COPY's text format; NUL cannot occur (the readers refuse it). */
    private void text(String s) {
        line.append('\t');
        if (s == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> line.append(c);
            }
        }
    }
}
