package uk.org.councilkpi.chart;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.org.councilkpi.readcache.LastUpdated;
import uk.org.councilkpi.status.Polarity;
import uk.org.councilkpi.status.Rag;
import uk.org.councilkpi.status.Unit;

/**
 * What a chart of an indicator shows, period by period, oldest first: pure data, built by {@link ChartSeries} from
 * the indicator's history (so it holds only what the caller may see) and drawn by {@link ChartRenderer}.
 */
public record ChartData(String ref, String title, Unit unit, Polarity polarity, Instant lastUpdated, List<Point> points)
        implements LastUpdated {

    /** Why a period has no point: nothing recorded, or a figure without a number (suppressed, N/A, ...). */
    public enum Gap {
        NONE, MISSING, SUPPRESSED, NOT_YET_AVAILABLE, NOT_APPLICABLE, NOT_PROVIDED
    }

    /**
     * One period: the figure (absent for a gap), its rating and flags, the target it was judged against (a value, or
     * a range's low and high), the comparators' averages, and the direction of travel in words ("up, better than
     * 2017-18-Q1"; empty when not comparable).
     */
    public record Point(String period, String axisLabel, BigDecimal value, String display, Gap gap, Rag rating,
                        boolean overridden, boolean provisional, BigDecimal target, BigDecimal targetLow,
                        BigDecimal targetHigh, BigDecimal national, BigDecimal statNeighbour, String direction) {

        public boolean hasValue() {
            return value != null;
        }
    }

    public boolean hasTargetLine() {
        return points.stream().anyMatch(p -> p.target() != null);
    }

    public boolean hasTargetRange() {
        return points.stream().anyMatch(p -> p.targetLow() != null && p.targetHigh() != null);
    }

    public boolean hasNational() {
        return points.stream().anyMatch(p -> p.national() != null);
    }

    public boolean hasStatNeighbour() {
        return points.stream().anyMatch(p -> p.statNeighbour() != null);
    }
}
