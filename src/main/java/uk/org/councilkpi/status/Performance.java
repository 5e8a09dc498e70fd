package uk.org.councilkpi.status;

/** Whether the movement is an improvement, by polarity (the arrow's colour). */
public enum Performance {
    BETTER,
    SAME,
    WORSE,
    NOT_COMPARABLE
}
