package uk.org.councilkpi.status;

import java.util.Optional;

/**
 * A milestone's progress in a quarter, as the responsible officer judged it (stored, never computed), and what each
 * rating means in words, as the councils' symbol keys print them (Halton 2015/16, 8.1; 2024/25 key).
 * <ul>
 *   <li>ON_COURSE, UNCERTAIN, OFF_COURSE: the three symbols (tick, query, cross), a judgement of progress;</li>
 *   <li>COMPLETE: achieved;</li>
 *   <li>NOT_DUE: work not yet due to start or to be reported;</li>
 *   <li>NOT_PROVIDED: "information requested, not provided" (asked for, not returned: not the same as never entered);</li>
 *   <li>NOT_KNOWN: a rating was printed but is lost (the PDF conversion garbled the symbol); never a guess.</li>
 * </ul>
 * The judgements are ordered OFF_COURSE &lt; UNCERTAIN &lt; ON_COURSE &lt; COMPLETE ({@link #rank()}); NOT_DUE,
 * NOT_PROVIDED and NOT_KNOWN say nothing about progress and have no rank.
 */
public enum ProgressRating {
    ON_COURSE("On course: the milestone is on course to be achieved within the appropriate timeframe", 2),
    UNCERTAIN("Uncertain or too early to say whether the milestone will be achieved within the timeframe", 1),
    OFF_COURSE("Off course: it is highly likely or certain that the milestone will not be achieved within the"
            + " timeframe without action", 0),
    COMPLETE("Complete: the milestone has been achieved", 3),
    NOT_DUE("Not due: work on the milestone is not yet due to be reported", -1),
    NOT_PROVIDED("Information requested, not provided", -1),
    NOT_KNOWN("Not known: a rating was given, but what it was is not known (e.g. lost in a document's conversion)", -1);

    private final String meaning;
    private final int rank;

    ProgressRating(String meaning, int rank) {
        this.meaning = meaning;
        this.rank = rank;
    }

    /** What the rating means, in words a report can print beside it. */
    public String meaning() {
        return meaning;
    }

    /** Its place in the order of judgements of progress; empty for a rating that is not one. */
    public Optional<Integer> rank() {
        return rank < 0 ? Optional.empty() : Optional.of(rank);
    }
}
