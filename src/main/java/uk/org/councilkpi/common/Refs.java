package uk.org.councilkpi.common;

/** The shape of an indicator ref as councils write them: "CED001", "SCS CYP07", "NI 63", "1.5". */
public final class Refs {

    /** Letters, digits, spaces, dots, hyphens and underscores, starting and ending with a letter or digit. */
    public static final String PATTERN = "^[A-Za-z0-9](?:[A-Za-z0-9 ._-]{0,38}[A-Za-z0-9])?$";
    public static final String MESSAGE = "must be 1 to 40 letters, digits, spaces, dots, hyphens or underscores,"
            + " starting and ending with a letter or digit";

    private Refs() {
    }
}
