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

    /**
     * The periods a target for {@code period} may rate: the inverse of {@link #applicablePeriods}.
     * <ul>
     *   <li>A quarter's own target: that quarter.</li>
     *   <li>A year's target: the year-end outturn and each of its quarters (they fall back on it).</li>
     * </ul>
     */
    public static List<Period> ratedPeriods(Period targetPeriod) {
        if (!targetPeriod.equals(targetPeriod.financialYear())) {
            return List.of(targetPeriod);
        }
        List<Period> rated = new java.util.ArrayList<>(targetPeriod.financialYear().quarters());
        rated.add(0, targetPeriod);
        return List.copyOf(rated);
    }

    /** The periods whose target applies to {@code period}, the first found winning. */
    public static List<Period> applicablePeriods(Period period) {
        return period.equals(period.financialYear())
                ? List.of(period)
                : List.of(period, period.financialYear());
    }
}
