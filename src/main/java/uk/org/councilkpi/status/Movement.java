package uk.org.councilkpi.status;

/** Which way the figure moved (the arrow), whatever the polarity. */
public enum Movement {
    UP,
    DOWN,
    UNCHANGED,
    NOT_COMPARABLE
}
