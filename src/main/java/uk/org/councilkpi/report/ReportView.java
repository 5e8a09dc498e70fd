package uk.org.councilkpi.report;

import java.time.Instant;
import java.util.List;
import uk.org.councilkpi.readcache.LastUpdated;
import uk.org.councilkpi.scorecard.ScorecardResponse;

/**
 * The committee report as its template reads it: the cover, the counts, the scorecard grouped by service, the charts
 * of the key indicators and the key to symbols and rules. Every figure and rating is the scorecard's own.
 */
public record ReportView(
        String council,
        String committee,
        String period,
        String directorate,
        boolean published,
        String asAtText,
        Instant lastUpdated,
        List<String> dataQuality,
        ScorecardResponse.Summary summary,
        List<String> quarterHeadings,
        List<Group> groups,
        List<Chart> charts,
        String chartsNote,
        List<String> tolerances,
        List<String> bases,
        List<MilestoneSection> milestones,
        String milestoneCounts,
        boolean pdf) implements LastUpdated {

    /** A plan's priority or objective and its milestones, as the report prints them. */
    public record MilestoneSection(String heading, List<MilestoneLine> lines) {
    }

    /** One milestone: the officer's rating (a word, and its meaning), overdue, direction and commentary. */
    public record MilestoneLine(String ref, String title, String officer, String due, String ratingWord,
                                String ratingClass, String meaning, String overdue, String directionWord,
                                String commentary) {
    }

    /** Whether the report has milestones to print. */
    public boolean hasMilestones() {
        return !milestones.isEmpty();
    }

    /** The rows of one service, in the scorecard's order. */
        public record Group(String service, List<Line> lines) {
    }

    /** One indicator's row, written as the report prints it. */
        public record Line(String ref, String title, String polarity, String statNeighbour, String national, String target,
                       String lastYear, List<String> quarters, String current, String ragClass, String ragLetter,
                       String ragWord, String ragExplanation, String overrideWord, String overrideClass,
                       String overrideReason, String arrow, String directionWord, String directionClass,
                       String directionExplanation, String commentary) {
    }

    /** A key indicator's chart: inline SVG for the HTML report, a JPEG data URI for the PDF. */
        public record Chart(String ref, String title, String svg, String imageDataUri, String description) {
    }

    /** Whether there is a chart to print (the template's section for them). */
    public boolean hasCharts() {
        return !charts.isEmpty();
    }

    /** How many columns the scorecard table has: the quarters and ten others. */
    public int columns() {
        return quarterHeadings.size() + 10;
    }

    /** The commentary row spans every column but the first. */
    public int commentaryColumns() {
        return columns() - 1;
    }
}
