package uk.org.councilkpi.scorecard;

import java.time.Instant;
import uk.org.councilkpi.status.DirectionBasis;

/**
 * Everything an indicator's history depends on: what the service builds it from, and, as a whole, the read cache's
 * key.
 *
 * @param basis  every figure compared on this basis; null: the indicator's default
 * @param asAt   as it stood at this instant; null: now
 * @param drafts whether drafts are shown (editors), or published figures only
 */
public record HistoryQuery(String ref, DirectionBasis basis, Instant asAt, boolean drafts) {
}
