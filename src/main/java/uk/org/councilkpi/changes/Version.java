package uk.org.councilkpi.changes;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a row that feeds the scorecard, as kept by the history triggers: its content, when it became
 * current, and (unless it still is) when, how and by whom it ended.
 */
record Version(Change.Kind kind, String period, Map<String, Object> row, Instant validFrom, Instant validTo,
               String endedHow, String endedBy, Long endedBatchId, String reason, String endedReason) {

    boolean deleted() {
        return "DELETED".equals(endedHow);
    }
}
