package uk.org.councilkpi.comparator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import uk.org.councilkpi.perperiod.PeriodKind;
import uk.org.councilkpi.perperiod.PeriodRecordService;
import uk.org.councilkpi.perperiod.PeriodWrites;
import uk.org.councilkpi.perperiod.SignoffLock;
import uk.org.councilkpi.problem.ApiException;

/** Records and reads the averages an indicator is compared with: published figures, never locked by sign-off. */
@ApplicationScoped
public class ComparatorService extends PeriodRecordService<PeriodComparator, ComparatorRequest, ComparatorResponse> {

    private static final PeriodKind<PeriodComparator, ComparatorRequest, ComparatorResponse> KIND = new PeriodKind<>(
            "comparators", SignoffLock.NONE, PeriodComparator::new, ComparatorResponse::of, request -> null);

    public ComparatorService(ComparatorRepository comparators, PeriodWrites writes) {
        super(KIND, comparators, writes);
    }

    /** Blank notes are none; at least one of the four fields must remain. */
    @Override
    protected ComparatorRequest checked(ComparatorRequest request) {
        ComparatorRequest r = new ComparatorRequest(request.statNeighbourAverage(),
                blankToNull(request.statNeighbourNote()), request.nationalAverage(), blankToNull(request.nationalNote()));
        if (r.statNeighbourAverage() == null && r.nationalAverage() == null
                && r.statNeighbourNote() == null && r.nationalNote() == null) {
            throw ApiException.invalid("body", "give at least one of statNeighbourAverage, statNeighbourNote,"
                    + " nationalAverage, nationalNote");
        }
        return r;
    }

    @Override
    protected void write(PeriodComparator comparator, ComparatorRequest request, String author, Instant now) {
        comparator.statNeighbourAverage = request.statNeighbourAverage();
        comparator.statNeighbourNote = request.statNeighbourNote();
        comparator.nationalAverage = request.nationalAverage();
        comparator.nationalNote = request.nationalNote();
        comparator.updatedAt = now;
        comparator.updatedBy = author;
    }

    @Override
    protected ComparatorRequest asRequest(PeriodComparator c) {
        return new ComparatorRequest(c.statNeighbourAverage, c.statNeighbourNote, c.nationalAverage, c.nationalNote);
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
