package uk.org.councilkpi.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.councilkpi.importing.check.RowErrors;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.security.WriteRoles;
import uk.org.councilkpi.signoff.SignoffRepository;

/**
 * The checks across the rows of a batch of progress and against the database, in two queries whatever the number of
 * rows: unknown milestones, the same milestone and quarter twice, signed-off quarters, and the caller's role.
 */
@ApplicationScoped
class ProgressChecks {

    private final MilestoneRepository milestones;
    private final SignoffRepository signoffs;
    private final WriteRoles writeRoles;

    ProgressChecks(MilestoneRepository milestones, SignoffRepository signoffs, WriteRoles writeRoles) {
        this.milestones = milestones;
        this.signoffs = signoffs;
        this.writeRoles = writeRoles;
    }

    /** Checks the rows into {@code errors}; returns the ids of the milestones they name, by ref. */
    Map<String, Long> check(List<ProgressRow> rows, RowErrors errors) {
        Set<String> refs = new HashSet<>();
        Set<String> periods = new HashSet<>();
        rows.forEach(r -> {
            refs.add(r.milestone());
            if (r.period() != null) {
                periods.add(r.period());
            }
        });
        Map<String, Long> byRef = new HashMap<>();
        if (!refs.isEmpty()) {
            milestones.list("ref in ?1", refs).forEach(m -> byRef.put(m.ref, m.id));
        }
        Set<String> closed = new HashSet<>(signoffs.signedOff(periods));
        boolean mayWrite = writeRoles.mayWrite(WriteRoles.PROGRESS);
        Map<String, Integer> first = new HashMap<>();
        for (ProgressRow r : rows) {
            if (!byRef.containsKey(r.milestone())) {
                errors.add(new RowError(r.row(), "milestone", r.milestone(), "is not the ref of any milestone: define"
                        + " the milestone first", RowErrorCode.UNKNOWN_MILESTONE));
            }
            if (r.period() != null) {
                Integer earlier = first.putIfAbsent(r.milestone() + "|" + r.period(), r.row());
                if (earlier != null) {
                    errors.add(new RowError(r.row(), "milestone", r.milestone(), "appears with period " + r.period()
                            + " in more than one row of this batch (the first is row " + earlier + "): each milestone"
                            + " and quarter may appear once", RowErrorCode.DUPLICATE_ROW));
                }
                if (closed.contains(r.period())) {
                    errors.add(new RowError(r.row(), "period", r.period(), "is signed off: its progress cannot change"
                            + " until it is reopened (POST /api/v1/periods/{period}/reopen)", RowErrorCode.PERIOD_SIGNED_OFF));
                }
            }
            if (!mayWrite) {
                errors.add(new RowError(r.row(), "rating", null, "needs the editor role", RowErrorCode.ROLE_REQUIRED));
            }
        }
        return byRef;
    }
}
