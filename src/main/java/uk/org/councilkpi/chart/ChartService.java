package uk.org.councilkpi.chart;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import uk.org.councilkpi.comparator.ComparatorResponse;
import uk.org.councilkpi.comparator.ComparatorService;
import uk.org.councilkpi.scorecard.HistoryQuery;
import uk.org.councilkpi.scorecard.HistoryResponse;
import uk.org.councilkpi.scorecard.ScorecardService;

/**
 * An indicator's chart data, from its history as the caller may see it (the history's own data path and publication
 * rules: a viewer's chart is built from published figures only, and no one's from a suppressed number) and its
 * comparators (current ones; a chart read "as at" an instant shows none).
 */
@ApplicationScoped
public class ChartService {

    private final ScorecardService scorecards;
    private final ComparatorService comparators;

    public ChartService(ScorecardService scorecards, ComparatorService comparators) {
        this.scorecards = scorecards;
        this.comparators = comparators;
    }

    public ChartData chart(ChartQuery query) {
        HistoryResponse history = scorecards.history(new HistoryQuery(query.ref(), query.basis(), query.asAt(),
                query.drafts()));
        Map<String, ChartSeries.Averages> averages = new HashMap<>();
        if (query.asAt() == null) {
            for (ComparatorResponse c : comparators.list(query.ref())) {
                averages.put(c.period(), new ChartSeries.Averages(c.nationalAverage(), c.statNeighbourAverage()));
            }
        }
        return ChartSeries.build(history, averages, query.periods());
    }
}
