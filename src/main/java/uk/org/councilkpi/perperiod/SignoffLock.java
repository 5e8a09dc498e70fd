package uk.org.councilkpi.perperiod;

/** Whether signing a period off locks a kind of per-period record, and which periods lock it. */
public enum SignoffLock {
    /** Never locked (comparators: published averages, not the council's figures). */
    NONE,
    /** Locked while its own period is signed off (figures, officers' ratings). */
    OWN_PERIOD,
    /** Locked while any period it rates is signed off (targets: a year's target rates its quarters too). */
    RATED_PERIODS
}
