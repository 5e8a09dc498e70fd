package uk.org.councilkpi.status;

/** The shapes a council's target takes in its reports. */
public enum TargetForm {
    /** A single figure whose sense comes from the polarity ("82%"). */
    VALUE,
    /** A lower bound, met when the figure is at or above it (">=85%"). */
    AT_LEAST,
    /** An upper bound, met when the figure is at or below it ("<20%": Cheshire East rates 20% green). */
    AT_MOST,
    /** A range, met inside it, bounds included, whatever the polarity ("260-300"). */
    RANGE,
    /** An exact figure, met only on it ("0 by end of March 2018"). */
    EXACT,
    /** Explicitly no target ("N/A"). */
    NONE
}
