package uk.org.councilkpi.indicator;

/** What a period's figure measures: the position at the period end, the year so far, or the last 12 months. */
public enum Measurement {
    SNAPSHOT,
    CUMULATIVE_YEAR_TO_DATE,
    ROLLING_12_MONTHS
}
