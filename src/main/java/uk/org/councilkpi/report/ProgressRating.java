package uk.org.councilkpi.report;

/**
 * A milestone's progress in a quarter: the responsible officer's judgement, stored as given, never computed. Each
 * says what it means, in the words of Halton's key to its symbols (2015/16, 8.1; 2009/10, Appendix 7).
 */
public enum ProgressRating {
    ON_COURSE("on course to be achieved within the appropriate timeframe"),
    UNCERTAIN("uncertain or too early to say at this stage whether it will be achieved within the appropriate timeframe"),
    OFF_COURSE("highly likely or certain that it will not be achieved within the appropriate timeframe without"
            + " intervention or remedial action"),
    COMPLETE("achieved"),
    NOT_DUE("not due to be reported on this quarter"),
    NOT_PROVIDED("information requested, not provided"),
    NOT_KNOWN("a rating was given but is not known (the printed symbol was lost): never guessed");

    private final String meaning;

    ProgressRating(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * Where the rating stands on the scale from off course to complete, for the direction against the previous
     * quarter; empty for the ratings that are not a judgement of progress (not due, not provided, not known).
     */
    java.util.OptionalInt rank() {
        return switch (this) {
            case OFF_COURSE -> java.util.OptionalInt.of(0);
            case UNCERTAIN -> java.util.OptionalInt.of(1);
            case ON_COURSE -> java.util.OptionalInt.of(2);
            case COMPLETE -> java.util.OptionalInt.of(3);
            case NOT_DUE, NOT_PROVIDED, NOT_KNOWN -> java.util.OptionalInt.empty();
        };
    }
}
