package uk.org.councilkpi.importing.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.problem.ImportRejectedException;
import uk.org.councilkpi.problem.RowError;

/**
 * The errors of a batch: every one is counted, and the first {@code cap} by row (in the order found within a row)
 * are kept, so that a file of a million bad rows costs no more memory than one of a thousand.
 */
public final class RowErrors {

    static final int DEFAULT_CAP = 1000;

    private record Numbered(RowError error, long seq) {
    }

    private static final Comparator<Numbered> ORDER =
            Comparator.<Numbered>comparingInt(n -> n.error().row()).thenComparingLong(Numbered::seq);

    private final int cap;
    /** The kept errors, the last in order at the head, so that it is the one dropped when a smaller one comes. */
    private final PriorityQueue<Numbered> kept;
    private long seq;
    private int total;

    public RowErrors(int cap) {
        this.cap = cap;
        this.kept = new PriorityQueue<>(ORDER.reversed());
    }

    public void add(RowError error) {
        total++;
        Numbered numbered = new Numbered(error, seq++);
        if (kept.size() < cap) {
            kept.add(numbered);
        } else if (ORDER.compare(numbered, kept.peek()) < 0) {
            kept.poll();
            kept.add(numbered);
        }
    }

    public int total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The kept errors in row order. */
    public List<RowError> list() {
        List<Numbered> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return sorted.stream().map(Numbered::error).toList();
    }

    /**
     * Refuses the batch when anything is wrong: any row error rejects it (listing these, and the field errors),
     * else any field error makes the request invalid.
     */
    public void rejectIfAny(List<FieldError> fieldErrors) {
        if (!isEmpty()) {
            throw new ImportRejectedException(fieldErrors, list(), total);
        }
        if (!fieldErrors.isEmpty()) {
            throw ApiException.invalid(fieldErrors);
        }
    }
}
