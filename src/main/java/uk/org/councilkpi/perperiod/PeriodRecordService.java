package uk.org.councilkpi.perperiod;

import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import uk.org.councilkpi.common.Stamp;
import uk.org.councilkpi.common.Stored;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;

/**
 * Reads and writes one kind of per-period record of an indicator, the same way for every kind:
 * <ul>
 *   <li>the period is read first (400), then the request is checked ({@link #checked}, 400), then the indicator
 *       (404), then whether sign-off locks the period ({@link PeriodKind#lock()}, 409);</li>
 *   <li>a PUT creates (201) or replaces (200), stamped with who and when; one that changes nothing
 *       ({@link #unchanged}) writes nothing;</li>
 *   <li>a missing record is a 404 naming the indicator, the kind and the period.</li>
 * </ul>
 * A kind says what it is ({@link PeriodKind}: its name, its lock, how it is answered) and how a request is checked
 * and written (the abstract methods).
 *
 * @param <E> the entity
 * @param <Q> the request that sets one
 * @param <R> the answer
 */
public abstract class PeriodRecordService<E extends PeriodRecord, Q, R> {

    private final PeriodKind<E, Q, R> kind;
    private final PeriodRecordRepository<E> records;
    private final PeriodWrites writes;

    protected PeriodRecordService(PeriodKind<E, Q, R> kind, PeriodRecordRepository<E> records, PeriodWrites writes) {
        this.kind = kind;
        this.records = records;
        this.writes = writes;
    }

    /** For CDI's client proxies, which never call the methods themselves. */
    protected PeriodRecordService() {
        this(null, null, null);
    }

    /** The request as it will be written: checked (an {@link ApiException} when invalid) and in its canonical form. */
    protected abstract Q checked(Q request);

    /** Copies a checked request onto the record, stamped with its author and the time. */
    protected abstract void write(E record, Q request, String author, Instant now);

    /** The record as a request that would write it again. */
    protected abstract Q asRequest(E record);

    /** Whether writing the checked request would leave the record as it is (then nothing is written). */
    protected boolean unchanged(E record, Q request) {
        return false;
    }

    @Transactional
    public List<R> list(String ref) {
        return records.forIndicator(writes.indicator(ref)).stream().map(kind.answer()).toList();
    }

    @Transactional
    public R get(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return records.find(writes.indicator(ref), period).map(kind.answer())
                .orElseThrow(() -> missing(ref, period, ""));
    }

    @Transactional
    public Stored<R> put(String ref, String periodCode, Q request) {
        return put(ref, periodCode, request, record -> { });
    }

    /** The record as a request that would set it again: what a merge patch applies to (404 if there is none). */
    @Transactional
    public Q currentRequest(String ref, String periodCode) {
        String period = Period.parse(periodCode).code();
        return asRequest(records.find(writes.indicator(ref), period)
                .orElseThrow(() -> missing(ref, period, ": PUT it first")));
    }

    @Transactional
    public void delete(String ref, String periodCode, String by) {
        delete(ref, periodCode, by, record -> { });
    }

    /**
     * Sets the record; {@code precondition} sees the current one (null when there is none) before anything is
     * written, and may refuse the write.
     */
    protected Stored<R> put(String ref, String periodCode, Q request, Consumer<E> precondition) {
        String period = Period.parse(periodCode).code();
        Q checked = checked(request);
        Indicator indicator = writes.indicator(ref);
        E record = records.findForWrite(indicator, period).orElse(null);
        precondition.accept(record);
        writes.requireOpen(kind.lock(), period);
        Stamp stamp = writes.stamp(kind.statedAuthor().apply(checked));
        boolean created = record == null;
        if (created) {
            record = kind.create().get();
            record.indicator = indicator;
            record.period = period;
        } else if (unchanged(record, checked)) {
            return new Stored<>(kind.answer().apply(record), false);
        }
        write(record, checked, stamp.by(), stamp.at());
        if (created) {
            records.persist(record);
        }
        records.flush(); // the answer carries what the database stamped (a figure's version)
        return new Stored<>(kind.answer().apply(record), created);
    }

    /** Removes the record (its history keeps it); {@code precondition} as for {@link #put}. */
    protected void delete(String ref, String periodCode, String by, Consumer<E> precondition) {
        String period = Period.parse(periodCode).code();
        E record = records.findForWrite(writes.indicator(ref), period).orElseThrow(() -> missing(ref, period, ""));
        precondition.accept(record);
        writes.requireOpen(kind.lock(), period);
        writes.author(by);
        records.delete(record);
    }

    private ApiException missing(String ref, String period, String hint) {
        return ApiException.notFound("Indicator '" + ref + "' has no " + kind.noun() + " for " + period + hint);
    }
}
