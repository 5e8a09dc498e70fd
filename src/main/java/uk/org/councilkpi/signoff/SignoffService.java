package uk.org.councilkpi.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stamp;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.status.Targets;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.ProblemType;

/** Signs periods off and reopens them; figures of a signed-off period cannot change until it is reopened. */
@ApplicationScoped
public class SignoffService extends PeriodActions<SignoffResponse> {

    private final SignoffRepository signoffs;
    private final Audit audit;

    public SignoffService(SignoffRepository signoffs, Audit audit) {
        this.audit = audit;
        this.signoffs = signoffs;
    }

    @Transactional
    public SignoffResponse signOff(Period signedOff, SignoffRequest request) {
        String period = signedOff.code();
        request = request == null ? new SignoffRequest(null, null) : request; // no body: the caller signs off
        if (signoffs.isSignedOff(period)) {
            throw ApiException.conflict(period + " is already signed off");
        }
        record(period, PeriodSignoff.Action.SIGN_OFF, request);
        return statusOf(period);
    }

    @Transactional
    public SignoffResponse reopen(Period reopened, SignoffRequest request) {
        String period = reopened.code();
        requireReason(request.note(), "reopened");
        if (!signoffs.isSignedOff(period)) {
            throw ApiException.conflict(period + " is not signed off");
        }
        record(period, PeriodSignoff.Action.REOPEN, request);
        return statusOf(period);
    }

    /** When the period was last signed off, for reads "as signed off"; a 409 problem if it never was. */
    @Transactional
    public Instant lastSignedOffAt(String period) {
        return signedOffAt(period, new WhichSignOff(0));
    }

    /** When the period was signed off the chosen time, for reads "as signed off"; a 409 problem if it never was. */
    @Transactional
    public Instant signedOffAt(String period, WhichSignOff which) {
        List<Instant> signOffs = signoffs.events(period).stream().filter(e -> e.action == PeriodSignoff.Action.SIGN_OFF)
                .map(e -> e.at).toList();
        return which.of(signOffs).orElseThrow(() -> new ApiException(ProblemType.CONFLICT, signOffs.isEmpty()
                ? period + " has never been signed off"
                : period + " has been signed off " + signOffs.size() + " time(s), not " + which.number()
                        + " (GET /api/v1/periods/" + period + "/sign-off lists them)", List.of()));
    }

    /** Refuses a change to any of these periods that is signed off (409, naming them). */
    public void requireOpen(Collection<String> periods) {
        List<String> closed = signoffs.signedOff(periods);
        if (!closed.isEmpty()) {
            throw new ApiException(ProblemType.PERIOD_SIGNED_OFF, String.join(", ", closed.stream().sorted().toList())
                    + " signed off: reopen it first (POST /api/v1/periods/{period}/reopen with a reason)", List.of());
        }
    }

    /**
     * Refuses a change to a target that rates a signed-off period (409): a quarter's own target while the quarter is
     * signed off, a year's while the year or any of its quarters is (they fall back on it).
     */
    public void requireTargetOpen(String targetPeriod) {
        lockedTargets(List.of(targetPeriod)).entrySet().stream().findFirst().ifPresent(locked -> {
            throw new ApiException(ProblemType.PERIOD_SIGNED_OFF, "The target for " + targetPeriod + " rates "
                    + locked.getValue() + ", which is signed off: reopen it first (POST /api/v1/periods/"
                    + locked.getValue() + "/reopen with a reason)", List.of());
        });
    }

    /**
     * Which of these target periods are locked, each with the signed-off period it rates ({@link Targets#ratedPeriods}):
     * one query, whatever the number of target periods.
     */
    public Map<String, String> lockedTargets(Collection<String> targetPeriods) {
        Map<String, List<String>> rated = new LinkedHashMap<>();
        targetPeriods.forEach(p -> rated.put(p, Targets.ratedPeriods(Period.parse(p)).stream().map(Period::code).toList()));
        Set<String> closed = new HashSet<>(signoffs.signedOff(rated.values().stream()
                .flatMap(List::stream).collect(Collectors.toSet())));
        Map<String, String> locked = new TreeMap<>();
        rated.forEach((target, periods) -> periods.stream().filter(closed::contains).sorted().findFirst()
                .ifPresent(p -> locked.put(target, p)));
        return locked;
    }

    private void record(String period, PeriodSignoff.Action action, SignoffRequest request) {
        PeriodSignoff event = new PeriodSignoff();
        event.period = period;
        event.action = action;
        Stamp stamp = audit.stamp(request.by());
        event.byWhom = stamp.by();
        event.note = request.note();
        event.at = stamp.at();
        signoffs.persist(event);
    }

    private static Optional<Instant> lastSignOff(List<PeriodSignoff> events) {
        return events.stream().filter(e -> e.action == PeriodSignoff.Action.SIGN_OFF).map(e -> e.at)
                .reduce((first, second) -> second);
    }

    /** Whether it is signed off comes from the database's one definition (signed_off_periods), not from the events. */
    @Override
    protected SignoffResponse statusOf(String period) {
        List<PeriodSignoff> events = signoffs.events(period);
        return new SignoffResponse(period, signoffs.isSignedOff(period), lastSignOff(events).orElse(null),
                events.stream().map(e -> new SignoffResponse.Event(e.action, e.byWhom, e.at, e.note)).toList());
    }
}
