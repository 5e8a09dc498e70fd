package uk.org.councilkpi.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A quarter of a financial year: Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec, Q4 = Jan-Mar. */
public record Quarter(FinancialYear year, int number) implements Period {

    public Quarter {
        if (year == null || number < 1 || number > 4) {
            throw new InvalidPeriodException(year + "-Q" + number, "quarters are Q1 to Q4");
        }
    }

    @Override
    public String code() {
        return year.code() + "-Q" + number;
    }

    @Override
    public FinancialYear financialYear() {
        return year;
    }

    @Override
    public Quarter previous() {
        return number == 1 ? new Quarter(year.previous(), 4) : new Quarter(year, number - 1);
    }

    @Override
    public Quarter sameLastYear() {
        return new Quarter(year.previous(), number);
    }

    /** This quarter and the {@code count - 1} before it, oldest first. */
    public List<Quarter> lastQuarters(int count) {
        List<Quarter> quarters = new ArrayList<>(count);
        Quarter q = this;
        for (int i = 0; i < count; i++) {
            quarters.add(q);
            q = q.previous();
        }
        Collections.reverse(quarters);
        return quarters;
    }

    @Override
    public LocalDate startDate() {
        return year.startDate().plusMonths(3L * (number - 1));
    }

    @Override
    public LocalDate endDate() {
        return startDate().plusMonths(3).minusDays(1);
    }

    @Override
    public int sortKey() {
        return year.startYear() * 10 + number;
    }

    @Override
    public String toString() {
        return code();
    }
}
