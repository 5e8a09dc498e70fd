package uk.org.councilkpi.chart;

import java.time.Instant;
import uk.org.councilkpi.status.DirectionBasis;

/**
 * Everything an indicator's chart depends on: what the service builds it from, and, as a whole, the read cache's key.
 *
 * @param basis     each point's direction of travel on this basis; null: the indicator's default
 * @param asAt      as it stood at this instant (no comparators then); null: now
 * @param periods   how many periods, the latest last
 * @param sparkline drawn as a sparkline for a table cell, or as the full chart
 * @param drafts    whether drafts are shown (editors), or published figures only
 */
public record ChartQuery(String ref, DirectionBasis basis, Instant asAt, int periods, boolean sparkline, boolean drafts) {
}
