package uk.org.councilkpi.status;

/** Why a figure got its rating, or why it got none. */
public enum RagReason {
    MET,
    MISSED_WITHIN_TOLERANCE,
    MISSED_BEYOND_TOLERANCE,
    /** No target for the period, or the target is "N/A". */
    NO_TARGET,
    /** A single-figure target on a measure with no polarity: nothing says which side is better. */
    NO_POLARITY,
    /** No figure for the period, or a state without a number (not yet available, N/A, not provided). */
    NO_VALUE,
    /** The figure is suppressed: nothing is computed from it. */
    SUPPRESSED
}
