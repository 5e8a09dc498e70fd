package uk.org.councilkpi.signoff;

import jakarta.transaction.Transactional;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;

/**
 * A period's standing as changed by recorded actions, each with who, when and a note: sign-off and reopening,
 * publication and withdrawal. What they share:
 * <ul>
 *   <li>the status answered is the period's standing now with every action recorded against it;</li>
 *   <li>an action that undoes another (a reopening, a withdrawal) says why: a missing or blank note is a 400.</li>
 * </ul>
 *
 * @param <R> the status as the API answers it
 */
public abstract class PeriodActions<R> {

    @Transactional
    public R status(Period period) {
        return statusOf(period.code());
    }

    /** The period's standing now, with every action recorded against it. */
    protected abstract R statusOf(String period);

    /** Refuses (400) an undoing action without its reason; {@code undone} completes "say why the period is ...". */
    protected static void requireReason(String note, String undone) {
        if (note == null || note.isBlank()) {
            throw ApiException.invalid("note", "is required: say why the period is " + undone);
        }
    }
}
