package uk.org.councilkpi.status;

/** Why a direction of travel is what it is, or why there is none. */
public enum DirectionReason {
    COMPARED,
    /** The figure itself has no usable number. */
    NO_VALUE,
    /** There is nothing usable to compare with in the earlier period. */
    NO_EARLIER_VALUE,
    /** The figure moved, but with no polarity nothing says whether that is better. */
    NO_POLARITY
}
