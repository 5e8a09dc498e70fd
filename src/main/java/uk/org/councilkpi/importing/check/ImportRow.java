package uk.org.councilkpi.importing.check;

import java.util.List;

import java.math.BigDecimal;
import uk.org.councilkpi.status.TargetSpec;
import uk.org.councilkpi.status.ValueState;

/**
 * One row of a batch, read and checked on its own: it sets the figure of (ref, period) when it has a {@code figure},
 * and the target of (ref, period) when it has a {@code target}.
 *
 * @param row    the row number errors name (CSV: the record number, the header being 1; JSON: the index from 1)
 * @param period the period's code, or null when it could not be read (the row is then only checked for its ref)
 */
public record ImportRow(int row, String ref, String period, Figure figure, Target target, String title,
                        boolean percent, List<String> readAs) {

    /**
     * A row built in Java (the demo data set): no title to check, no percent sign, nothing read leniently.
     *
     * @see #title the title the row carries (a spreadsheet's title column), checked against its ref's
     * @see #percent whether its value was written with a % sign (checked against the indicator's unit)
     * @see #readAs how the row's cells were read, where a spreadsheet's words or formats were taken as they mean
     */
    public ImportRow(int row, String ref, String period, Figure figure, Target target) {
        this(row, ref, period, figure, target, null, false, List.of());
    }

    /** A figure: a number, or a state without one, with its flags and words. A null state: sent, but unreadable. */
    public record Figure(ValueState state, BigDecimal number, boolean provisional, boolean estimated, String note,
                         String commentary) {

        public static final Figure UNREADABLE = new Figure(null, null, false, false, null, null);

        public static Figure of(ValueState state, BigDecimal number) {
            return new Figure(state, number, false, false, null, null);
        }
    }

    /** A target: its form and figures, and the text as the council wrote it (kept as written). */
    public record Target(TargetSpec spec, String text) {

        public static final Target UNREADABLE = new Target(null, null);
    }
}
