package uk.org.councilkpi.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of an English council's financial year (1 April to 31 March).
 *
 * <ul>
 *   <li>A financial year is written {@code 2017-18}; as a period it stands for the year-end outturn.</li>
 *   <li>A quarter is written {@code 2017-18-Q2}: Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec, Q4 = Jan-Mar.</li>
 *   <li>Periods sort by year, quarters before the year's outturn.</li>
 * </ul>
 */
public sealed interface Period extends Comparable<Period> permits FinancialYear, Quarter {

    /** The form that {@link #parse} accepts, for messages and the API contract. */
    String FORMAT = "YYYY-YY for a financial year (e.g. 2017-18) or YYYY-YY-Qn for a quarter (e.g. 2017-18-Q2)";

    Pattern SYNTAX = Pattern.compile("(\\d{4})-(\\d{2})(?:-Q(\\d))?");

    String code();

    FinancialYear financialYear();

    /** The period immediately before: the previous quarter, or the previous year. */
    Period previous();

    /** The same period one year earlier. */
    Period sameLastYear();

    LocalDate startDate();

    LocalDate endDate();

    /**
     * Parses a period code that must name a quarter (what is rated each quarter, such as a milestone's progress):
     * a financial year is refused as any other code that is not a quarter.
     */
    static Quarter quarter(String code) {
        Period period = parse(code);
        if (period instanceof Quarter q) {
            return q;
        }
        throw new InvalidPeriodException(code, "'" + code.strip() + "' is a financial year; a quarter is required, such as "
                + period.code() + "-Q1");
    }

    /** Parses a period code, rejecting anything that is not exactly one of the two forms. */
    static Period parse(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidPeriodException(code, "period is required: " + FORMAT);
        }
        Matcher m = SYNTAX.matcher(code.strip());
        if (!m.matches()) {
            throw new InvalidPeriodException(code, "'" + code + "' is not a period: " + FORMAT);
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new InvalidPeriodException(code, "'" + code + "' is not a financial year: "
                    + start + " must be followed by " + String.format("%02d", (start + 1) % 100));
        }
        if (start < FinancialYear.MIN_START || start > FinancialYear.MAX_START) {
            throw new InvalidPeriodException(code, "'" + code + "' is out of range: years "
                    + FinancialYear.MIN_START + " to " + FinancialYear.MAX_START + " are accepted");
        }
        FinancialYear year = new FinancialYear(start);
        if (m.group(3) == null) {
            return year;
        }
        int quarter = Integer.parseInt(m.group(3));
        if (quarter < 1 || quarter > 4) {
            throw new InvalidPeriodException(code, "'" + code + "' has no quarter " + quarter + ": quarters are Q1 to Q4");
        }
        return new Quarter(year, quarter);
    }

    /** Position on a single time line: year, then quarter 1-4, then the year outturn (5). */
    int sortKey();

    @Override
    default int compareTo(Period other) {
        return Integer.compare(sortKey(), other.sortKey());
    }
}
