package uk.org.councilkpi.report;

import uk.org.councilkpi.scorecard.ScorecardQuery;

/**
 * Everything a committee report depends on: its scorecard, the names on its cover and its format; as a whole, the
 * read cache's key.
 *
 * @param council   the council named on the cover; null: the directorate
 * @param committee the committee named on the cover; null: {@code councilkpi.report.committee}
 * @param pdf       printed as PDF, or HTML
 */
public record ReportQuery(ScorecardQuery scorecard, String council, String committee, boolean pdf) {
}
