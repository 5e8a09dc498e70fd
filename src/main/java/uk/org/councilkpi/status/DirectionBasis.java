package uk.org.councilkpi.status;

import uk.org.councilkpi.period.Period;

/**
 * What a figure is compared with for its direction of travel.
 *
 * <ul>
 *   <li>{@code PREVIOUS_PERIOD}: the quarter before (Cheshire East's "quarterly direction of travel");
 *       for a year, the year before.</li>
 *   <li>{@code SAME_PERIOD_LAST_YEAR}: the same quarter a year earlier (Halton's stated convention).</li>
 *   <li>{@code LAST_YEAR_OUTTURN}: the previous financial year's outturn (what Halton's tables print
 *       beside the figure as "14/15 Actual").</li>
 * </ul>
 */
public enum DirectionBasis {
    PREVIOUS_PERIOD,
    SAME_PERIOD_LAST_YEAR,
    LAST_YEAR_OUTTURN;

    /** The names a request may give, as a regular expression, and the message when it gives another. */
    public static final String PATTERN = "PREVIOUS_PERIOD|SAME_PERIOD_LAST_YEAR|LAST_YEAR_OUTTURN";
    public static final String MESSAGE = "must be one of PREVIOUS_PERIOD, SAME_PERIOD_LAST_YEAR, LAST_YEAR_OUTTURN";

    /** The basis a request names (already checked against {@link #PATTERN}); null for none. */
    public static DirectionBasis parse(String name) {
        return name == null ? null : valueOf(name);
    }

    /** The period whose figure {@code period}'s figure is compared with. */
    public Period earlierThan(Period period) {
        return switch (this) {
            case PREVIOUS_PERIOD -> period.previous();
            case SAME_PERIOD_LAST_YEAR -> period.sameLastYear();
            case LAST_YEAR_OUTTURN -> period.financialYear().previous();
        };
    }
}
