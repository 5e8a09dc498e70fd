package uk.org.councilkpi.period;

import java.time.LocalDate;
import java.util.List;

/** A financial year, 1 April {@code startYear} to 31 March of the next year; as a period, its outturn. */
public record FinancialYear(int startYear) implements Period {

    /** The earliest year a period may name; the year before it exists only to be compared with. */
    static final int MIN_START = 1990;
    static final int MAX_START = 2098;

    public FinancialYear {
        if (startYear < MIN_START - 1 || startYear > MAX_START) {
            throw new InvalidPeriodException(String.valueOf(startYear), "financial year out of range");
        }
    }

    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    @Override
    public String code() {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "-0" : "-") + next; // on every lookup by period: no String.format
    }

    @Override
    public FinancialYear financialYear() {
        return this;
    }

    @Override
    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    @Override
    public FinancialYear sameLastYear() {
        return previous();
    }

    public Quarter quarter(int number) {
        return new Quarter(this, number);
    }

    public List<Quarter> quarters() {
        return List.of(quarter(1), quarter(2), quarter(3), quarter(4));
    }

    @Override
    public LocalDate startDate() {
        return LocalDate.of(startYear, 4, 1);
    }

    @Override
    public LocalDate endDate() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    @Override
    public int sortKey() {
        return startYear * 10 + 5;
    }

    @Override
    public String toString() {
        return code();
    }
}
