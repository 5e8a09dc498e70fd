package uk.org.councilkpi.report;

import java.time.Instant;
import uk.org.councilkpi.status.DirectionBasis;

/** A read of the quarterly report, as asked: the read cache's key. */
record QuarterlyReportQuery(String period, String directorate, String plan, DirectionBasis basis, Instant asAt,
                            boolean drafts) {
}
