package uk.org.councilkpi.status;

import java.util.List;
import uk.org.councilkpi.period.Period;

/**
 * Which target a period's figure is judged against.
 *
 * <ul>
 *   <li>A quarter: its own profiled target if it has one, else its financial year's target.</li>
 *   <li>A year-end outturn: the year's target.</li>
 * </ul>
 */
public final class Targets {

    private Targets() {
    }

    /** The periods whose target applies to {@code period}, the first found winning. */
    public static List<Period> applicablePeriods(Period period) {
        return period.equals(period.financialYear())
                ? List.of(period)
                : List.of(period, period.financialYear());
    }
}
