package uk.org.councilkpi.indicator;

import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.period.Quarter;

/** How often an indicator is reported. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    TERMLY,
    HALF_TERMLY,
    ANNUAL;

    /**
     * Whether a return is expected for this period: an annual indicator reports for its year, not for each quarter;
     * every other frequency reports in each quarter (and so for its year).
     */
    public boolean expectsReturnFor(Period period) {
        return !(this == ANNUAL && period instanceof Quarter);
    }
}
