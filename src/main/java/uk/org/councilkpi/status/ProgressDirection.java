package uk.org.councilkpi.status;

/** How a milestone's progress moved since the previous quarter's rating. */
public enum ProgressDirection {
    IMPROVED,
    SAME,
    WORSE,
    NOT_COMPARABLE
}
