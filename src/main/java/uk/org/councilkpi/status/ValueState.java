package uk.org.councilkpi.status;

/** Whether a period's figure has a number, and if not, why not. */
public enum ValueState {
    /** A figure with a number. */
    AVAILABLE,
    /** Not yet available ("Available at end of Quarter 3", "data not yet released"). */
    NOT_YET_AVAILABLE,
    /** Withheld from publication (small numbers). It may keep its number for staff; it is never rated. */
    SUPPRESSED,
    /** The measure does not apply to this period ("N/A"). */
    NOT_APPLICABLE,
    /** Information requested, not provided. */
    NOT_PROVIDED
}
