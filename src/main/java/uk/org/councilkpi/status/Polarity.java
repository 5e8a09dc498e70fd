package uk.org.councilkpi.status;

/** Whether a higher or a lower figure is better; {@code NONE} for context measures that are reported, not judged. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NONE
}
