package uk.org.councilkpi.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.org.councilkpi.period.FinancialYear;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.period.Quarter;
import uk.org.councilkpi.scorecard.FigureView;
import uk.org.councilkpi.scorecard.HistoryResponse;
import uk.org.councilkpi.scorecard.StatusView;
import uk.org.councilkpi.status.Movement;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.TargetForm;
import uk.org.councilkpi.status.ValueState;

/**
 * Builds what a chart shows from an indicator's history (which already holds only what the caller may see: no draft
 * for a viewer, no suppressed number for anyone). Rules:
 * <ul>
 *   <li>The time line runs from the first to the last recorded period: quarters in order, each year's outturn after
 *       its fourth quarter. A quarter with nothing recorded between two recorded periods is a {@code MISSING} gap;
 *       a year's outturn appears only where one is recorded.</li>
 *   <li>Only the last {@code periods} points of that line are kept (at least 1).</li>
 *   <li>A figure without a number is a gap named by its state (suppressed, not yet available, N/A, not provided).</li>
 *   <li>The direction of travel is the history's, on the basis asked for (else the indicator's own).</li>
 *   <li>The rating is the officer's override when there is one (marked as such), else the computed one.</li>
 *   <li>The target is a line at its value (value, bound, exact), or a band between a range's low and high;
 *       comparators are the period's national and statistical-neighbour averages.</li>
 * </ul>
 */
public final class ChartSeries {

    /** A period's comparator averages. */
    public record Averages(BigDecimal national, BigDecimal statNeighbour) {
    }

    private ChartSeries() {
    }

    public static ChartData build(HistoryResponse history, Map<String, Averages> comparators, int periods) {
        Map<Period, HistoryResponse.Entry> byPeriod = new TreeMap<>();
        history.entries().forEach(e -> byPeriod.put(Period.parse(e.period()), e));
        List<Period> line = timeline(new ArrayList<>(byPeriod.keySet()));
        List<Period> kept = line.subList(Math.max(0, line.size() - Math.max(1, periods)), line.size());
        List<ChartData.Point> points = new ArrayList<>(kept.size());
        for (Period p : kept) {
            Averages averages = comparators.getOrDefault(p.code(), new Averages(null, null));
            points.add(point(p, byPeriod.get(p), averages));
        }
        return new ChartData(history.ref(), history.title(), history.unit(), history.polarity(), history.lastUpdated(),
                points);
    }

    /** Every quarter from the first recorded period to the last, with the recorded years' outturns after their Q4. */
    static List<Period> timeline(List<Period> recorded) {
        if (recorded.isEmpty()) {
            return List.of();
        }
        Period first = recorded.get(0);
        Period last = recorded.get(recorded.size() - 1);
        List<Period> line = new ArrayList<>();
        Quarter q = first instanceof Quarter fq ? fq : first.financialYear().quarter(4);
        if (first instanceof FinancialYear) {
            line.add(first);
            q = next(q.year()).quarter(1);
        }
        while (q.compareTo(last) <= 0) {
            line.add(q);
            if (q.number() == 4 && recorded.contains(q.year())) {
                line.add(q.year());
            }
            q = q.number() == 4 ? next(q.year()).quarter(1) : q.year().quarter(q.number() + 1);
        }
        return line;
    }

    private static FinancialYear next(FinancialYear year) {
        return FinancialYear.of(year.startYear() + 1);
    }

    private static ChartData.Point point(Period p, HistoryResponse.Entry e, Averages averages) {
        String axis = p instanceof FinancialYear ? p.code() + " outturn" : p.code();
        if (e == null) {
            return new ChartData.Point(p.code(), axis, null, "no figure", ChartData.Gap.MISSING, Rag.NOT_RATED, false,
                    false, null, null, null, averages.national(), averages.statNeighbour(), "");
        }
        FigureView f = e.figure();
        ChartData.Gap gap = f.state() == null ? ChartData.Gap.MISSING : gap(f.state());
        BigDecimal value = gap == ChartData.Gap.NONE ? f.number() : null;
        Rag rating = e.override() != null ? e.override().rating() : e.rag() == null ? Rag.NOT_RATED : e.rag().rating();
        StatusView.TargetView t = e.target();
        BigDecimal target = null;
        BigDecimal low = null;
        BigDecimal high = null;
        if (t != null) {
            if (t.form() == TargetForm.RANGE) {
                low = t.low();
                high = t.high();
            } else if (t.form() != TargetForm.NONE) {
                target = t.value();
            }
        }
        return new ChartData.Point(p.code(), axis, value, f.display(), gap, rating, e.override() != null,
                f.provisional(), target, low, high, averages.national(), averages.statNeighbour(), direction(e.direction()));
    }

    /** "up, better than 2017-18-Q1"; empty when there is nothing to compare. */
    static String direction(StatusView.DirectionView d) {
        if (d == null || d.movement() == Movement.NOT_COMPARABLE) {
            return "";
        }
        String move = switch (d.movement()) {
            case UP -> "up";
            case DOWN -> "down";
            default -> "unchanged";
        };
        String judged = switch (d.performance()) {
            case BETTER -> ", better";
            case WORSE -> ", worse";
            case SAME -> ", broadly the same";
            case NOT_COMPARABLE -> "";
        };
        return move + judged + " against " + d.comparedWith();
    }

    private static ChartData.Gap gap(ValueState state) {
        return switch (state) {
            case AVAILABLE -> ChartData.Gap.NONE;
            case SUPPRESSED -> ChartData.Gap.SUPPRESSED;
            case NOT_YET_AVAILABLE -> ChartData.Gap.NOT_YET_AVAILABLE;
            case NOT_APPLICABLE -> ChartData.Gap.NOT_APPLICABLE;
            case NOT_PROVIDED -> ChartData.Gap.NOT_PROVIDED;
        };
    }
}
