package uk.org.councilkpi.status;

/** The traffic light; {@code NOT_RATED} when the rules cannot rate (the reason says why). */
public enum Rag {
    RED,
    AMBER,
    GREEN,
    NOT_RATED
}
