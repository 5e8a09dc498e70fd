package uk.org.councilkpi.status;

/** How a tolerance is measured: a percentage of the reference figure, or an amount in the indicator's unit. */
public enum ToleranceKind {
    PERCENT,
    ABSOLUTE
}
