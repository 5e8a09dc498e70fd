package uk.org.councilkpi.importing.check;

import java.math.BigDecimal;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.status.StateNumber;

/** The rules of {@link RowCheck} for rows built in Java (the demo data set), whose cells are already typed. */
public final class BuiltRowCheck {

    private BuiltRowCheck() {
    }

    /**
     * Checks a row built in Java (already typed) against the same rules, so that it cannot write what a file could
     * not; the period is passed on in its canonical form.
     */
    public static void check(ImportRow built, RowSink sink) {
        RowCheck check = new RowCheck(built.row(), sink);
        String ref = check.ref(Cell.text(built.ref() == null ? "" : built.ref()));
        String period = check.period(Cell.text(built.period() == null ? "" : built.period()));
        ImportRow.Figure f = built.figure();
        if (f != null) {
            if (f.state() == null || StateNumber.of(f.state(), f.number()) != StateNumber.FITS) {
                check.error(Column.STATE, Cell.text(String.valueOf(f.state())), RowErrorCode.STATE_MISMATCH,
                        "does not go with the value " + f.number());
            }
            if (f.number() != null) {
                check.fits(Column.VALUE, Cell.text(f.number().toPlainString()), f.number(), RowErrorCode.INVALID_NUMBER);
            }
            text(check, Column.NOTE, f.note());
            text(check, Column.COMMENTARY, f.commentary());
        }
        ImportRow.Target t = built.target();
        if (t != null) {
            if (t.spec() == null) {
                check.error(Column.TARGET, Cell.text(t.text()), RowErrorCode.INVALID_TARGET, "has no form");
            } else {
                for (BigDecimal figure : new BigDecimal[] {t.spec().value(), t.spec().low(), t.spec().high()}) {
                    if (figure != null) {
                        check.fits(Column.TARGET, Cell.text(figure.toPlainString()), figure, RowErrorCode.INVALID_TARGET);
                    }
                }
            }
            text(check, Column.TARGET, t.text());
        }
        if (f == null && t == null) {
            check.error(null, null, RowErrorCode.EMPTY_ROW, "sets nothing: give a value, a state or a target");
        }
        if (ref != null) {
            sink.row(new ImportRow(built.row(), ref, period, f, t));
        }
    }

    private static void text(RowCheck check, Column column, String text) {
        if (text == null) {
            return;
        }
        Cell cell = Cell.text(text);
        if (text.indexOf('\0') >= 0) {
            check.error(column, cell, RowErrorCode.ENCODING, "contains a NUL character");
        } else if (text.length() > column.maxLength()) {
            check.error(column, cell, RowErrorCode.TOO_LONG, "is longer than " + column.maxLength() + " characters");
        }
    }
}
