package uk.org.councilkpi.problem;

/** Why a row of an import was rejected: stable codes a client can act on. */
public enum RowErrorCode {
    /** The CSV header lacks a required column (ref, period). */
    HEADER_MISSING_COLUMN,
    /** The CSV header names a column the import does not know. */
    HEADER_UNKNOWN_COLUMN,
    /** The body is empty. */
    EMPTY_FILE,
    /** A header, or a JSON body, with no rows. */
    NO_ROWS,
    /** Bytes that are not UTF-8, or a NUL character. */
    ENCODING,
    /** Not CSV or JSON as expected: a quote left open, too many cells, a field that is not known. */
    MALFORMED,
    INVALID_PERIOD,
    UNKNOWN_REF,
    INVALID_NUMBER,
    INVALID_STATE,
    /** A state that contradicts the value (AVAILABLE without one; NOT_APPLICABLE with one), or a figure's field without a figure. */
    STATE_MISMATCH,
    INVALID_TARGET,
    INVALID_FLAG,
    TOO_LONG,
    /** A row that sets nothing. */
    EMPTY_ROW,
    /** The same ref and period twice in one batch: both rows are reported. */
    DUPLICATE_ROW,
    /** A figure for a period that is signed off, or a target that rates one: reopen it first. */
    PERIOD_SIGNED_OFF,
    /** A row that writes what the caller's role may not (a target, without the admin role). */
    ROLE_REQUIRED,
    /** A row whose title is not its ref's title: the ref was probably mangled (Excel turns 1.10 into 1.1). */
    REF_TITLE_MISMATCH,
    /** A row of progress whose milestone is missing or is not the ref of any milestone. */
    UNKNOWN_MILESTONE,
    /** A row of progress whose rating is missing or is not one of ON_COURSE ... NOT_KNOWN. */
    INVALID_RATING
}
