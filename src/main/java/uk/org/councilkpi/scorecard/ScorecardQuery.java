package uk.org.councilkpi.scorecard;

import java.time.Instant;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.signoff.WhichSignOff;
import uk.org.councilkpi.status.DirectionBasis;

/**
 * Everything a scorecard depends on: what the service builds it from, and, as a whole, the read cache's key (a
 * record: two queries are the same answer exactly when every component is equal, the filter's too).
 *
 * @param basis       every indicator compared on this basis; null: each its own default
 * @param asAt        as it stood at this instant; null: now
 * @param asSignedOff as it stood at this sign-off of the period; null: not
 * @param drafts      whether drafts are shown (editors), or published figures only
 */
public record ScorecardQuery(String period, IndicatorFilter filter, DirectionBasis basis, Instant asAt,
                             WhichSignOff asSignedOff, boolean drafts) {

    /** The query a request asks for, its basis and sign-off as given (already checked against their patterns). */
    public static ScorecardQuery asked(String period, IndicatorFilter filter, String basis, Instant asAt,
                                       String asSignedOff, boolean drafts) {
        return new ScorecardQuery(period, filter, DirectionBasis.parse(basis), asAt,
                WhichSignOff.parse(asSignedOff).orElse(null), drafts);
    }
}
