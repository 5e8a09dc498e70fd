package uk.org.councilkpi.indicator;

/** How often an indicator is reported. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    TERMLY,
    HALF_TERMLY,
    ANNUAL
}
