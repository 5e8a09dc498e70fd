package uk.org.councilkpi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.councilkpi.chart.ChartData;
import uk.org.councilkpi.chart.ChartQuery;
import uk.org.councilkpi.chart.ChartService;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.indicator.IndicatorFilter;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.scorecard.ScorecardQuery;
import uk.org.councilkpi.scorecard.ScorecardResponse;
import uk.org.councilkpi.scorecard.ScorecardService;
import uk.org.councilkpi.status.Rag;

/**
 * The committee report: the scorecard (same data path and publication rules: a viewer's report holds published figures
 * only), the charts of its key indicators from their histories, and the indicators' tolerances for the key.
 */
@ApplicationScoped
public class ReportService {

    /** How many charts at most: a report of a large directorate would otherwise print hundreds. */
    static final int MAX_CHARTS = 24;

    private final ScorecardService scorecards;
    private final ChartService charts;
    private final IndicatorRepository indicators;
    private final String defaultCommittee;
    private final QuarterlyReportService quarterly;

    public ReportService(ScorecardService scorecards, ChartService charts, IndicatorRepository indicators,
                         ReportConfig config, QuarterlyReportService quarterly) {
        this.quarterly = quarterly;
        this.scorecards = scorecards;
        this.charts = charts;
        this.indicators = indicators;
        this.defaultCommittee = config.committee();
    }

    @Transactional
    public ReportView report(ReportQuery query) {
        ScorecardQuery asked = query.scorecard();
        IndicatorFilter filter = asked.filter();
        String council = query.council();
        String committee = query.committee();
        ScorecardResponse scorecard = scorecards.scorecard(asked);
        List<ScorecardResponse.Row> chosen = scorecard.indicators().stream().filter(ScorecardResponse.Row::key).toList();
        String note = "The key indicators, each over its last eight periods.";
        if (chosen.isEmpty()) {
            chosen = scorecard.indicators().stream().filter(r -> rated(r, Rag.RED) || rated(r, Rag.AMBER)).toList();
            note = "No indicator in this report is marked key: the red- and amber-rated ones are charted, each over its"
                    + " last eight periods.";
        }
        if (chosen.size() > MAX_CHARTS) {
            note += " The first " + MAX_CHARTS + " of " + chosen.size() + " are shown.";
            chosen = chosen.subList(0, MAX_CHARTS);
        }
        Map<String, ChartData> drawn = new LinkedHashMap<>();
        for (ScorecardResponse.Row row : chosen) {
            drawn.put(row.ref(), charts.chart(new ChartQuery(row.ref(), asked.basis(), scorecard.asAt(), 8, false,
                    asked.drafts())));
        }
        String asAtText = scorecard.asAt() == null
                ? "As they stand" + (scorecard.lastUpdated() == null ? "" : " (last changed " + scorecard.lastUpdated() + ")")
                : (asked.asSignedOff() != null ? "As signed off at " : "As they stood at ") + scorecard.asAt();
        ReportBuilder.Cover cover = new ReportBuilder.Cover(
                blank(council) ? (blank(filter.directorate()) ? "Council performance report" : filter.directorate()) : council,
                blank(committee) ? defaultCommittee : committee, filter.directorate(), asAtText);
        // the milestones of the directorate's plans in force, as the quarterly report gives them (same publication rules)
        QuarterlyReportResponse milestones = quarterly.report(asked.period(), filter.directorate(), null,
                asked.basis(), scorecard.asAt(), asked.drafts(), false);
        return ReportBuilder.build(scorecard, cover, drawn, note, tolerances(filter, scorecard.asAt()), milestones,
                query.pdf());
    }

    private static boolean rated(ScorecardResponse.Row row, Rag rating) {
        return row.rag().rating() == rating || row.override() != null && row.override().rating() == rating;
    }

    /** Each tolerance in use, with how many indicators have it: "15% of the target (73 indicators)". */
    private List<String> tolerances(IndicatorFilter filter, Instant asAt) {
        List<Indicator> list = indicators.matching(filter, asAt);
        Map<String, Long> counts = list.stream().collect(Collectors.groupingBy(
                i -> ReportBuilder.tolerance(i.toleranceKind == null ? null : i.toleranceKind.name(), i.toleranceAmount),
                LinkedHashMap::new, Collectors.counting()));
        List<String> lines = new ArrayList<>();
        counts.forEach((text, n) -> lines.add(text + " (" + n + (n == 1 ? " indicator)" : " indicators)")));
        lines.add("A target's own tolerance, where it has one, takes the place of its indicator's.");
        return lines;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
